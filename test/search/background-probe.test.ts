import { describe, expect, it } from 'vitest';
import { ask, BOTH, CARE, CASE } from '../support/ask.ts';

// "Does my background count / can someone like me become one": the asker names their own past (a job, a training, a
// degree, years somewhere) and asks whether it is enough. Labelled by LABELLING.md convention 4: the topic is what the
// question hinges on (the degree, the years, the certificate); covered when a requirement the article states decides it
// (a case manager needs a nursing degree and RN years; a care manager's listed fields and supervised internship), not
// when it needs a rule the article never gives (another field's years, a degree it does not list, another country).
// Wordings written for this probe, none from a labelled set.

type Probe = [string[], string, string[], boolean];

const STANDALONE: Probe[] = [
  [['I work as a phlebotomist, could I ever become a case manager?'], 'education', CASE, true],
  [['been a dental hygienist 15 yrs, can i switch into case management without a nursing degree'], 'education', CASE, true],
  [['can a surgical tech go into case management'], 'education', CASE, true],
  [['Im a CMA, can I get a case manager job w/o going back to school'], 'education', CASE, true],
  [['counselor with a masters here, am i eligible to be a care manager?'], 'education', CARE, true],
  [['my degree is in sociology, would that get me into care management'], 'education', CARE, false],
  [['with an accounting bachelors could i be a care manager'], 'education', CARE, false],
  [['would a nursing diploma from Kenya qualify me to be a case manager here'], 'education', CASE, false],
  [['would 4 years in labor and delivery count as the nursing experience case managers need'], 'experience', CASE, true],
  [['do my years as a paramedic count toward the RN experience for case management'], 'experience', CASE, false],
  [['I was a combat medic for eight years, does that count for anything toward becoming a care manager'], 'experience', CARE, false],
  [['fresh out of nursing school, can I start as a case manager right away'], 'experience', CASE, true],
  [['just passed my NCLEX last month, could I apply for case manager jobs yet'], 'experience', CASE, true],
  [['does my social work internship count as the supervised experience for care management'], 'experience', CARE, true],
  [['I nursed in the Philippines for 6 yrs, will that count toward case manager experience here'], 'experience', CASE, false],
  [['years as a hospice volunteer, do those count for care manager'], 'experience', CARE, false],
  [['spent 22 years as an LPN, do those years count for anything toward case management'], 'experience', CASE, false],
  [['former firefighter/EMT, which of the two jobs suits my background more'], 'experience', BOTH, false],
  [['spent 12 years teaching kindergarten, which role would make more sense for me'], 'experience', BOTH, false],
  [['as an LPN can I sit for the CCM exam'], 'certification', CASE, true],
  [['im a licensed social worker, what certification would i go for as a care manager'], 'certification', CARE, true],
  [['navy corpsman getting out soon, could someone like me become a case manager'], 'education', CASE, true],
];

const IN_THREAD: Probe[] = [
  [['how much experience do case managers need', 'do my years as a respiratory therapist count'], 'experience', CASE, false],
  [['what education do care managers need', "I've got a bachelors in criminal justice, does that work"], 'education', CARE, false],
  [['what education do care managers need', 'my bachelors is in psychology, am I good'], 'education', CARE, true],
];

describe('a background asked to count', () => {
  it.each([...STANDALONE, ...IN_THREAD])('%j → %s %j covered=%s', (messages, topic, roles, covered) => {
    expect(ask(...messages)).toMatchObject({ kind: 'answer', topic, roles, covered });
  });
});
