import { describe, expect, it } from 'vitest';
import { ask, BOTH, CARE, CASE } from '../support/ask.ts';

/**
 * Issue 18, round 15: pay questions in wordings of our own (none from a labelled set), labelled by LABELLING.md.
 * The article gives care managers' average pay (and RN care managers'), and says nurse case managers average more:
 * any other figure asked (a start, a place, an hour, a raise, a bonus, a benefit, a setting, a credential's premium,
 * other jobs' pay) is salary, not covered; tuition help is education's, exam-fee help certification's.
 */
type Probe = [messages: string[], topic: string, roles: string[], covered: boolean, missed?: typeof MISSED];
/**
 * A wording the matcher still reads wrongly, kept as the probe's measure (it.fails: it turns red once it is read right,
 * so the mark can go): a word no list or reading knows ("rookie", "out-earn", "chip in"), or a
 * figure of each of two roles asked ("the dollar figures for both"), which the writers label both ways.
 */
const MISSED = 'missed';

const PROBES: Probe[] = [
  // What a beginner earns.
  [['what does a newly hired case manager earn'], 'salary', CASE, false],
  [['beginning wage for care managers fresh out of school?'], 'salary', CARE, false, MISSED],
  [['how much would a rookie care manager get paid'], 'salary', CARE, false, MISSED],
  [['pay for a just-hired case manager'], 'salary', CASE, false],
  // Where.
  [['case manager wages in oregon'], 'salary', CASE, false],
  [['do care managers earn more on the west coast'], 'salary', CARE, false],
  // By the hour, overtime, raises.
  [['what is the hourly wage of a care manager'], 'salary', CARE, false],
  [['do case managers get time and a half for extra shifts'], 'salary', CASE, false],
  [['how often do care managers get a pay increase'], 'salary', CARE, false],
  // Bonuses and benefits (LABELLING.md convention 3).
  [['any incentive pay or signing money for new case managers?'], 'salary', CASE, false],
  [['do care managers get dental coverage'], 'salary', CARE, false],
  [['is there a retirement match for case managers'], 'salary', CASE, false],
  [['how many vacation days does a care manager get'], 'salary', CARE, false],
  [['will I get my gas paid back as a care manager driving to clients'], 'salary', CARE, false],
  // Setting, credential, negotiating, other jobs.
  [['do case managers at insurance companies earn more than hospital ones'], 'salary', CASE, false],
  [['does having the CCM boost a case manager salary'], 'salary', CASE, false],
  [['how do I negotiate a higher salary as a new care manager'], 'salary', CARE, false],
  [['would I earn less as a care manager than as a teacher'], 'salary', CARE, false],
  [['do care managers out-earn physical therapists'], 'salary', CARE, false, MISSED],
  [['would switching from pharmacy to case management mean a smaller paycheck'], 'salary', CASE, false],
  // The one figure the article does not give.
  [["what is a case manager's yearly income"], 'salary', CASE, false],
  [['give me the dollar figures for both roles'], 'salary', BOTH, false, MISSED],
  // In a thread.
  [['what does a case manager do', 'and the starting wage?'], 'salary', CASE, false],
  [['care manager salary', 'is that figure from this year or older'], 'salary', CARE, false],
  [['we are posting a care manager opening', 'what pay range do we put on it'], 'salary', CARE, false, MISSED],
  // Someone else pays: tuition is education's, the exam's fee certification's.
  [['will my employer chip in for a BSN if I become a case manager'], 'education', CASE, false, MISSED],
  [['do hospitals cover the CCM exam fee for their case managers'], 'certification', CASE, false],
  // Answered by the article.
  [['what is the typical yearly pay of a care manager'], 'salary', CARE, true],
  [['do case managers earn more than care managers'], 'salary', BOTH, true],
  [['how much do RN care managers bring in'], 'salary', CARE, true],
  [['is a care manager paid less than a case manager'], 'salary', BOTH, true],
  [['would a care manager be the cheaper hire compared with a case manager'], 'salary', BOTH, true],
  [['does an RN license boost what a care manager earns'], 'salary', CARE, true],
  [['which of the two brings home more money'], 'salary', BOTH, true],
];

describe('pay questions, by meaning (probe)', () => {
  for (const [messages, topic, roles, covered, missed] of PROBES) {
    (missed ? it.fails : it)(messages.join(' → '), () => {
      expect(ask(...messages)).toMatchObject({ kind: 'answer', topic, roles, covered });
    });
  }
});
