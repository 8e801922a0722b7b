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
  [
    ['been a dental hygienist 15 yrs, can i switch into case management without a nursing degree'],
    'education',
    CASE,
    true,
  ],
  [['can a surgical tech go into case management'], 'education', CASE, true],
  [['Im a CMA, can I get a case manager job w/o going back to school'], 'education', CASE, true],
  [['counselor with a masters here, am i eligible to be a care manager?'], 'education', CARE, true],
  [['my degree is in sociology, would that get me into care management'], 'education', CARE, false],
  [['with an accounting bachelors could i be a care manager'], 'education', CARE, false],
  [['would a nursing diploma from Kenya qualify me to be a case manager here'], 'education', CASE, false],
  [
    ['would 4 years in labor and delivery count as the nursing experience case managers need'],
    'experience',
    CASE,
    true,
  ],
  [['do my years as a paramedic count toward the RN experience for case management'], 'experience', CASE, false],
  [
    ['I was a combat medic for eight years, does that count for anything toward becoming a care manager'],
    'experience',
    CARE,
    false,
  ],
  [['fresh out of nursing school, can I start as a case manager right away'], 'experience', CASE, true],
  [['just passed my NCLEX last month, could I apply for case manager jobs yet'], 'experience', CASE, true],
  [['does my social work internship count as the supervised experience for care management'], 'experience', CARE, true],
  [
    ['I nursed in the Philippines for 6 yrs, will that count toward case manager experience here'],
    'experience',
    CASE,
    false,
  ],
  [['years as a hospice volunteer, do those count for care manager'], 'experience', CARE, false],
  [['spent 22 years as an LPN, do those years count for anything toward case management'], 'experience', CASE, false],
  [['former firefighter/EMT, which of the two jobs suits my background more'], 'experience', BOTH, false],
  [['spent 12 years teaching kindergarten, which role would make more sense for me'], 'experience', BOTH, false],
  [['as an LPN can I sit for the CCM exam'], 'certification', CASE, true],
  [['im a licensed social worker, what certification would i go for as a care manager'], 'certification', CARE, true],
  [['navy corpsman getting out soon, could someone like me become a case manager'], 'education', CASE, true],
];

// Written after the first probe passed, measured once before any change for it (11 of 16 then, 5 of 16 before this
// work); two wordings then led to changes (a field of study in an everyday word, a job named beside a choice).
const SECOND: Probe[] = [
  [
    ['ex marine, did 4 yrs as a field medic. does that count toward care manager experience'],
    'experience',
    CARE,
    false,
  ],
  [['my bachelors is in biology, would that work for care management'], 'education', CARE, false],
  [['I have an associates in business, could I be a care manager'], 'education', CARE, false],
  [['nurse aide for 10 yrs, which role suits someone like me better'], 'experience', BOTH, false],
  [['retired cop here. which one of these jobs would be a better fit for me'], 'experience', BOTH, false],
  [['can a veterinary technician become a case manager'], 'education', CASE, true],
  [['could a massage therapist go into care management'], 'education', CARE, true],
  [['just got my RN license, can I go straight into case management'], 'experience', CASE, true],
  [['graduating with my BSN in may, could I start as a case manager right after'], 'experience', CASE, true],
  [
    ['do my years as a school counselor count toward the direct care experience for care managers'],
    'experience',
    CARE,
    true,
  ],
  [['would my time as a hospice chaplain count for care manager experience'], 'experience', CARE, false],
  [['my masters is in counseling, does that qualify me to be a care manager'], 'education', CARE, true],
  [['I was an ICU nurse for 8 years, is that enough experience for case management'], 'experience', CASE, true],
  [['dialysis tech here, can I be a case manager without a nursing degree'], 'education', CASE, true],
  [['worked 5 years as a caregiver, does that help me become a care manager'], 'experience', CARE, false],
];

const IN_THREAD: Probe[] = [
  [
    ['how much experience do case managers need', 'do my years as a respiratory therapist count'],
    'experience',
    CASE,
    false,
  ],
  [
    ['what education do care managers need', "I've got a bachelors in criminal justice, does that work"],
    'education',
    CARE,
    false,
  ],
  [['what education do care managers need', 'my bachelors is in psychology, am I good'], 'education', CARE, true],
];

describe('a background asked to count', () => {
  it.each([...STANDALONE, ...SECOND, ...IN_THREAD])('%j → %s %j covered=%s', (messages, topic, roles, covered) => {
    expect(ask(...messages)).toMatchObject({ kind: 'answer', topic, roles, covered });
  });
});

describe('what is not a background asked to count', () => {
  it('a choice for the asker between things of its own is not one between the roles', () => {
    expect(ask('which one is better for me, pepperoni or cheese')).toMatchObject({ kind: 'declined' });
    expect(ask('which pizza place is best for me')).toMatchObject({ kind: 'declined' });
  });

  it('a choice weighed for the asker with no past or trait named is the roles compared', () => {
    expect(ask('long time lurker here, which of the two fits me better')).toMatchObject({
      kind: 'answer',
      topic: 'definition',
      roles: BOTH,
    });
  });

  it('a specialty before our own title only says which of ours: RN years count by the RN', () => {
    expect(ask('we have a nurse with 4 yrs med-surg RN experience, is that enough for case management')).toMatchObject({
      topic: 'experience',
      roles: CASE,
      covered: true,
    });
  });

  it('a rule stated whole decides what is enough, not what else is needed', () => {
    expect(ask('does a sociology degree count for case management')).toMatchObject({
      topic: 'education',
      covered: true,
    });
    expect(ask('does a sociology degree count for care management')).toMatchObject({
      topic: 'education',
      covered: false,
    });
    expect(ask('is HIPAA training required for case managers')).toMatchObject({ covered: false });
  });

  it('a job dealt with is no job become', () => {
    expect(ask('can a paramedic work with case managers')).not.toMatchObject({ topic: 'education' });
  });
});
