import { describe, expect, it } from 'vitest';
import { replay } from '../../src/conversation/context.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';

const answerer = createAnswerer(loadKnowledge());

// Issue 18, point 5: what a question asks of a role that none of the chosen facts states is flagged, though no
// gaps.json aspect names it; what the facts do state (in their words or close ones) is not.
describe('gaps from the facts', () => {
  it.each([
    ['do case managers do utilization review as part of the job', 'duties', 'utilization'],
    ['do care managers need to be good at math', 'skills', 'math'],
  ])('%s: not covered, said plainly', (question, topic, word) => {
    const answer = answerer.ask(question);
    expect(answer.kind).toBe('answer');
    expect(answer.topic).toBe(topic);
    expect(answer.covered).toBe(false);
    expect(answer.gap).toBe(`Nothing in the article says anything about “${word}”.`);
  });

  it.each([
    'do case managers coordinate care for patients',
    'do care managers help with transportation to appointments',
    'do care managers research the legality of care plans',
    'do case managers work in hospitals',
  ])('%s: covered, no gap line', (question) => {
    const answer = answerer.ask(question);
    expect(answer.covered).toBe(true);
    expect(answer.gap).toBeNull();
  });

  it('a "what" question asks for the topic itself: its other words are not flagged', () => {
    expect(answerer.ask('what traits should i screen for in case manager candidates').covered).toBe(true);
    expect(answerer.ask("what tasks would a care manager take off a family's plate").covered).toBe(true);
  });

  it.each([
    // An amount the facts give other roles and not this one.
    ['case manager salary?', 'salary', 'Nothing in the article puts a figure on salary for case managers.'],
    ['hourly rate for case managers?', 'salary', 'Nothing in the article puts a figure on salary for case managers.'],
    // A length of time, or a moment, where no fact gives one.
    [
      'how long does it take to get the degree for care manager',
      'education',
      'Nothing in the article says how long it takes.',
    ],
    [
      'when did the case manager role first show up in hospitals?',
      'definition',
      'Nothing in the article gives a date or says when.',
    ],
    ['how old is the care manager profession', 'definition', 'Nothing in the article gives a date or says when.'],
    // An aspect gaps.json names for another topic (a state, for pay), on a topic whose facts do not name it either.
    [
      "what's the experience requirement in Texas for case managers",
      'experience',
      'Nothing in the article says anything about “Texas”.',
    ],
    // What the facts state of the other role only: the case managers' requirements name a license.
    [
      'do care managers need a nursing license',
      'certification',
      'Nothing in the article says anything about “license”.',
    ],
    // A thing asked to count, or a quality of the asker's, that the facts' lists do not name.
    [
      'does my ICU experience count toward case management',
      'experience',
      'Nothing in the article says anything about “ICU”.',
    ],
    [
      "I've been a CNA for 6 years, does that count as experience for care management?",
      'experience',
      'Nothing in the article says anything about “CNA”.',
    ],
    [
      'im really introverted, would i be ok as a care manager',
      'skills',
      'Nothing in the article says anything about “introverted”.',
    ],
  ])('%s: not covered, said plainly', (question, topic, gap) => {
    const answer = answerer.ask(question);
    expect([answer.kind, answer.topic, answer.covered, answer.gap]).toEqual(['answer', topic, false, gap]);
  });

  it.each([
    'how much do care managers make',
    'who makes more, case or care managers',
    'how many years of experience do care managers need',
    'how long before I can be a case manager',
    'can a new grad RN go straight into case management',
    'do case managers need a license',
    'does experience as a social worker count for care managers',
    'would a candidate with a rehabilitation degree qualify for care manager roles?',
    'is an ADN enough to be a case manager',
  ])('%s: the facts give it, covered', (question) => {
    const answer = answerer.ask(question);
    expect([answer.covered, answer.gap]).toEqual([true, null]);
  });
});

// Three kinds a review found with no test of their own.
describe('gaps from the facts: comparisons, rates, and a comparison the facts make', () => {
  it('a ranking asked of one role that no chosen fact makes: said so', () => {
    const answer = answerer.ask('for a case manager, is the CCM or the ACM better?');
    expect(answer.covered).toBe(false);
    expect(answer.gap).toMatch(/^Nothing in the article compares them/);
  });

  it('a rate by the hour where the facts give a year: the words asked are quoted', () => {
    const answer = answerer.ask('do care managers get paid per hour');
    expect(answer).toMatchObject({ topic: 'salary', covered: false });
    expect(answer.gap).toBe('Nothing in the article says anything about “per hour”.');
  });

  it("a yes-or-no comparison the role's facts make is answered, though they give no figure", () => {
    for (const question of ["is a case manager's pay higher?", 'is case manager pay better?']) {
      expect(answerer.ask(question)).toMatchObject({
        topic: 'salary',
        roles: ['case-manager'],
        covered: true,
        gap: null,
      });
    }
    // Against someone the facts do not compare with, it is still not said.
    expect(answerer.ask('do case managers get paid more than bedside nurses').covered).toBe(false);
  });
  it('what "is there" asks is unsaid when no chosen fact states it', () => {
    const answer = answerer.ask('is there a lot of mentoring as a care manager?');
    expect(answer.covered).toBe(false);
    expect(answer.gap).toBe('Nothing in the article says anything about “mentoring”.');
    // The case managers' requirements name an exam; the care managers' do not, though it is a word of the topic.
    const exam = answerer.ask('is there an exam for the care manager certification');
    expect(exam).toMatchObject({ topic: 'certification', covered: false });
    expect(exam.gap).toBe('Nothing in the article says anything about “exam”.');
  });

  it('how long a process takes is not answered by the years of experience it needs', () => {
    const answer = answerer.ask('how long does it take to get CCM certified');
    expect(answer).toMatchObject({ topic: 'certification', covered: false });
    expect(answer.gap).toBe('Nothing in the article says how long it takes.');
    expect(answerer.ask('how many years of RN experience do I need for the CCM').covered).toBe(true);
  });

  it('of alternatives joined by "or", the one the facts state answers the question', () => {
    for (const question of [
      'are care managers based in one facility or do they go wherever the patient is',
      'care manager pay, is that per year or per hour',
    ])
      expect(answerer.ask(question)).toMatchObject({ covered: true, gap: null });
    expect(answerer.ask('case mgr dress code - is it scrubs or business casual?').covered).toBe(false);
  });
  it('how much more one role makes than another asks a figure for each', () => {
    const answer = answerer.ask('how much more do case managers make than care managers?');
    expect(answer).toMatchObject({ topic: 'salary', covered: false });
    expect(answer.gap).toBe('Nothing in the article puts a figure on salary for case managers.');
    // Which one makes more is what the facts say.
    expect(answerer.ask('who makes more, case managers or care managers?').covered).toBe(true);
  });

  it("a kind the facts count whatever it is counts the asker's own of that kind", () => {
    // "must include an internship or another supervised experience": any internship.
    expect(answerer.ask('does my MSW internship count towards care manager experience').covered).toBe(true);
    expect(answerer.ask('does my ICU experience count towards care manager experience').covered).toBe(false);
  });
  it('a gap in a later question is context to the answer of the first', () => {
    expect(answerer.ask('where do case managers work, and do they work nights?')).toMatchObject({
      topic: 'work-environment',
      covered: true,
      gap: null,
    });
    expect(answerer.ask('do case managers work nights?').covered).toBe(false);
  });
  it("a common word asked of a role is unsaid when only another role's facts state it", () => {
    // The case managers' duties name the family ("Helping friends and family provide emotional support").
    const answer = answerer.ask('do care managers help the families too');
    expect(answer).toMatchObject({ topic: 'duties', covered: false });
    expect(answer.gap).toBe('Nothing in the article says anything about “families”.');
    expect(answerer.ask('do care managers research local support systems').covered).toBe(false);
    // A word of the topic's own is what the topic's facts answer: the care managers' pay is stated in figures.
    expect(
      answerer.ask("is there a pay difference between care managers who are RNs and ones who aren't").covered,
    ).toBe(true);
  });
  it('what the requirement must be is named by the facts or unsaid', () => {
    const answer = answerer.ask('does case manager experience have to be hospital experience?');
    expect(answer).toMatchObject({ topic: 'experience', covered: false });
    expect(answer.gap).toBe('Nothing in the article says anything about “hospital”.');
    // "One to two years of supervised care management experience".
    expect(answerer.ask('does care manager experience have to be supervised?').covered).toBe(true);
  });
  it('what a skill must be is named by the skills or unsaid', () => {
    expect(answerer.ask('do case managers need to be good at Excel or spreadsheets?').covered).toBe(false);
    // "Ability to delegate tasks".
    expect(answerer.ask('do case managers need to be good at delegating?')).toMatchObject({ covered: true, gap: null });
  });
  it('"one-on-one" gives no number, at either end', () => {
    // The care managers' definition says they work "one-on-one": no count of them.
    expect(answerer.ask('roughly how many care managers are there nationwide')).toMatchObject({
      topic: 'definition',
      covered: false,
      gap: 'Nothing in the article gives a number for that.',
    });
  });
  it('how many or how often is answered only by a number', () => {
    const answer = answerer.ask('how many home visits a day does a care manager do?');
    expect(answer).toMatchObject({ covered: false, gap: 'Nothing in the article gives a number for that.' });
    // "three years must include an internship".
    expect(answerer.ask("how many of the care manager's 5 years have to be supervised").covered).toBe(true);
  });

  it('how much one role makes compared to another asks a figure for each', () => {
    expect(answerer.ask('how much do care managers make compared to case managers').covered).toBe(false);
  });
  it('what "is X required" asks is named by the facts or unsaid', () => {
    expect(answerer.ask('is the NCLEX required to be a care manager').covered).toBe(false);
    expect(answerer.ask('is empathy important for care managers')).toMatchObject({ covered: true, gap: null });
    // A degree of the topic's own is what the requirements answer: an associate degree at least.
    expect(answerer.ask('is a masters required for case mgmt?').covered).toBe(true);
  });
});

describe('gaps from the facts: names, past moments, what the facts say in words of substance', () => {
  it('a name the knowledge writes nowhere is unsaid, quoted as typed', () => {
    const tool = answerer.ask('would a case manager be expected to use Cerner every day');
    expect(tool).toMatchObject({ kind: 'answer', covered: false });
    expect(tool.gap).toBe('Nothing in the article says anything about “Cerner”.');
    const place = answerer.ask('does care manager experience from the UK count');
    expect(place).toMatchObject({ kind: 'answer', topic: 'experience', covered: false });
    expect(place.gap).toBe('Nothing in the article says anything about “UK”.');
    // A country's initialism after "in" is where the question is asked from, as the source's figures are.
    expect(answerer.ask('what does a care manager earn in the US')).toMatchObject({ topic: 'salary', covered: true });
    // A name the knowledge writes (an organisation) is no gap; neither is one in the context before the question.
    expect(answerer.ask('is the ANCC one of the places that certify case managers')).toMatchObject({ covered: true });
    expect(answerer.ask('I moved here from Portugal last year. What degree does a case manager need?')).toMatchObject({
      topic: 'education',
      covered: true,
      gap: null,
    });
    // An initialism rare in English is a field's shorthand, read by the lists and the thread, not a name.
    expect(answerer.ask('does my PACU nursing count as RN experience for the case manager cert')).toMatchObject({
      kind: 'answer',
    });
  });

  it('when something happened is given only by a year', () => {
    const answer = answerer.ask('when did care management start as a job?');
    expect(answer).toMatchObject({ kind: 'answer', covered: false });
    expect(answer.gap).toBe('Nothing in the article gives a date or says when.');
  });

  it('a word near only a grammar word of the facts is not said by them', () => {
    // "insurance" is close to "care" and to grammar words in the vectors; only the case managers' duties name it.
    const answer = answerer.ask(
      'do they deal with insurance claims',
      replay(answerer, ['what does a care manager do']),
    );
    expect(answer).toMatchObject({ topic: 'duties', covered: false });
    expect(answerer.ask('do case managers deal with insurance companies')).toMatchObject({ covered: true });
    // The adjective of a grammar adverb ("normally") asks nothing: "is that normal" is answered by the facts.
    expect(answerer.ask('my care manager visits me at home, is that normal?')).toMatchObject({ covered: true });
  });

  it('a clause of time or condition after an alternative answers neither alternative', () => {
    const answer = answerer.ask('do case managers draw blood or start IVs when they meet with the family');
    expect(answer).toMatchObject({ topic: 'duties', covered: false });
    expect(answer.gap).toContain('“blood”');
  });
});

// What the asker says they are, before the question in the same sentence, is context: its words are not asked.
describe('what the asker says they are', () => {
  it('is not what is asked: a word of it is no gap', () => {
    const answer = answerer.ask('im a senior at my university what should i study to become a care manager');
    expect(answer).toMatchObject({ kind: 'answer', topic: 'education', roles: ['care-manager'], covered: true });
    expect(answer.gap).toBeNull();
    expect(answerer.ask("I'm a senior in nursing school, what degree do case managers need?").covered).toBe(true);
  });
  it('still qualifies the topic it asks about', () => {
    // "new grad" is an aspect of pay: the pay asked is a new grad's, which the facts do not give.
    const answer = answerer.ask("I'm a new grad, what would a care manager make");
    expect(answer).toMatchObject({ kind: 'answer', topic: 'salary', roles: ['care-manager'], covered: false });
  });
  it('"-wise" says what is asked about, and asks nothing of its own', () => {
    const answer = answerer.ask('is care management a good fit for me education-wise? I studied psychology');
    expect(answer).toMatchObject({ kind: 'answer', topic: 'education', covered: true, gap: null });
  });
});

// What a later question asks to count is read on its own topic: a message is covered only when every part is.
describe('questions after the one answered', () => {
  it('a part the article states elsewhere for the role is no gap', () => {
    // The education facts give care managers' degrees; the answer is the certification.
    const answer = answerer.ask('what certs do care managers need, and do they need to have a degree too?');
    expect(answer).toMatchObject({ kind: 'answer', topic: 'certification', roles: ['care-manager'], covered: true });
    expect(answer.gap).toBeNull();
  });
  it('what a later part asks to count, unnamed by the facts, is a gap', () => {
    const counted = answerer.ask('what degree do case managers need and can I put my phlebotomy experience toward it?');
    expect(counted).toMatchObject({ topic: 'education', covered: false });
    expect(counted.gap).toBe('Nothing in the article says anything about “phlebotomy”.');
  });
  it("the asker's own relative clause asks nothing of the role", () => {
    const answer = answerer.ask('do care managers ever work in supportive housing like the place where I volunteer?');
    expect(answer).toMatchObject({ kind: 'answer', topic: 'work-environment', covered: true, gap: null });
  });
});

describe('gaps from the facts: what a question turns to', () => {
  it('"what about ..." asks what follows, read for gaps as what is asked of a role', () => {
    const thread = replay(answerer, ['what degree does a care manager need']);
    const answer = answerer.ask('what about a degree in accounting', thread);
    expect(answer).toMatchObject({ kind: 'answer', topic: 'education', covered: false });
    expect(answer.gap).toBe('Nothing in the article says anything about “accounting”.');
    expect(answerer.ask('what about a degree in psychology', thread)).toMatchObject({ covered: true, gap: null });
    // A noun right after the role it turns to is the role's own: the applicants are care managers.
    const experience = replay(answerer, ['what experience should a case manager applicant have']);
    expect(answerer.ask('how about care manager applicants?', experience)).toMatchObject({
      topic: 'experience',
      roles: ['care-manager'],
      covered: true,
    });
  });
});

// "rides" are transportation in everyday words (language.json's synonyms): the care managers' duties state it.
describe('everyday words for what the facts state', () => {
  it('a ride is transportation', () => {
    const answer = answerer.ask('does a care manager arrange rides to the pharmacy for clients?');
    expect(answer).toMatchObject({
      kind: 'answer',
      topic: 'duties',
      roles: ['care-manager'],
      covered: true,
      gap: null,
    });
  });
});
