import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { nameShortFormsOf, shortFormsOf } from '../../src/search/role-words.ts';
import { copyKnowledge, threeRoleKnowledge } from '../support/knowledge-copy.ts';
import { askIn } from '../support/ask.ts';

// Issue 18, points 3, 4 and 6, through the answerer: jobs and requests we don't cover, threads as people write
// them, and a role's own words before every list.

const shipped = createAnswerer(loadKnowledge());

const lakeside = copyKnowledge();
cpSync(fileURLToPath(new URL('../fixtures/lakeside/', import.meta.url)), lakeside.dir, { recursive: true });
const three = threeRoleKnowledge();
afterAll(() => {
  lakeside.remove();
  three.remove();
});

describe('jobs we have no role for', () => {
  it('declines a title by the noun it ends with, naming it', () => {
    for (const [question, job] of [
      ['what certification does a patient navigator need', 'patient navigator'],
      ['what does a discharge planner earn', 'discharge planner'],
      ['what does a unit clerk do', 'unit clerk'],
    ] as const) {
      expect(askIn(shipped, question)).toMatchObject({ kind: 'declined', reason: 'other-job', otherJob: job });
    }
  });

  it('answers our own roles, whose titles end with the same nouns', () => {
    expect(askIn(shipped, 'what does a nurse case manager do')).toMatchObject({
      kind: 'answer',
      topic: 'duties',
      roles: ['case-manager'],
    });
    expect(askIn(shipped, 'do case managers supervise nurses')).toMatchObject({
      kind: 'answer',
      roles: ['case-manager'],
    });
  });

  it('declines an initialism no list knows when it is the title asked about', () => {
    for (const [question, job] of [
      ['what does an SLP earn', 'slp'],
      ['do CRNAs need a doctorate', 'crnas'],
      ['how do I become a CNS', 'cns'],
    ] as const) {
      expect(askIn(shipped, question), question).toMatchObject({
        kind: 'declined',
        reason: 'other-job',
        otherJob: job,
      });
    }
    expect(askIn(shipped, "I'm an SLP, what do care managers earn?")).toMatchObject({
      kind: 'answer',
      topic: 'salary',
    });
    expect(askIn(shipped, 'do care managers need a CDL')).toMatchObject({ kind: 'answer', roles: ['care-manager'] });
  });

  it('reads a job noun right after one of our roles as another job titled with its words', () => {
    for (const [question, job] of [
      ['what does a care management assistant earn', 'care management assistant'],
      ['what does a CM aide do', 'cm aide'],
    ] as const) {
      expect(askIn(shipped, question), question).toMatchObject({
        kind: 'declined',
        reason: 'other-job',
        otherJob: job,
      });
    }
    expect(askIn(shipped, 'what does a case management nurse do')).toMatchObject({
      kind: 'answer',
      roles: ['case-manager'],
    });
  });

  it("reads a job that is the asker's own past as a career switcher's question, not as the job asked about", () => {
    expect(
      askIn(shipped, 'what experience do case managers need', 'would my years as a firefighter count'),
    ).toMatchObject({
      kind: 'answer',
      topic: 'experience',
      roles: ['case-manager'],
    });
    expect(askIn(shipped, "I'm a pharmacist, what certification do care managers need?")).toMatchObject({
      kind: 'answer',
      topic: 'certification',
      roles: ['care-manager'],
    });
    expect(askIn(shipped, 'how do I work as a pharmacist')).toMatchObject({ kind: 'declined', reason: 'other-job' });
  });

  it('answers a question asked of a role about something off our topics, rather than refusing it', () => {
    expect(askIn(shipped, 'do care managers get a laptop')).toMatchObject({ kind: 'answer', roles: ['care-manager'] });
    expect(askIn(shipped, 'our case management software keeps logging me out')).toMatchObject({ kind: 'declined' });
  });

  it("lets a hospital's alias win over the nouns: Lakeside's care coordinator is its care manager", () => {
    const local = createAnswerer(loadKnowledge(lakeside.dir));
    expect(askIn(local, 'what does a care coordinator do')).toMatchObject({
      kind: 'answer',
      topic: 'duties',
      roles: ['care-manager'],
    });
    expect(askIn(shipped, 'what does a care coordinator earn')).toMatchObject({
      kind: 'declined',
      reason: 'other-job',
    });
  });
});

describe('requests to look someone or something up', () => {
  it('declines them, whatever role they name', () => {
    for (const question of [
      "what's Maria's extension in case management?",
      'is the case management office open on Saturday?',
      'is Janet from care management in today?',
    ]) {
      expect(askIn(shipped, question), question).toMatchObject({ kind: 'declined', reason: 'lookup' });
    }
    // Asked to page someone or set up a meeting, the bot says it does not act for people, not that it cannot look up.
    for (const question of [
      'can you page the care manager for Mr. Hernandez in 412',
      'can you set up a meeting with our case management director',
    ]) {
      expect(askIn(shipped, question), question).toMatchObject({ kind: 'declined', reason: 'request' });
    }
  });

  it('declines a request about one particular person, office or shift, read by its grammar', () => {
    for (const question of [
      'who is the care manager on 3 west tonight',
      "who's my case manager this weekend",
      'where is the case management department',
      'is care management covered on Thanksgiving?',
      'does Dr. Okafor have a case manager',
      'who is the case manager for my mom?',
      'is Sam from CM in tomorrow? I need a form signed',
      "who's the director of care management at this hospital",
    ]) {
      expect(askIn(shipped, question), question).toMatchObject({ kind: 'declined', reason: 'lookup' });
    }
    expect(askIn(shipped, 'can you let the care manager know my dad is being discharged')).toMatchObject({
      kind: 'declined',
      reason: 'request',
    });
  });

  it("declines a vacancy, who is doing something now, and a role with a patient's room", () => {
    for (const question of [
      'any open case manager jobs on our unit?',
      'are there open positions for care managers at this hospital',
      "who's hiring care managers near me",
      'can you check if the patient in 218 has a care manager',
      'is there a care manager job open on 3 west',
      'hey, can you look up my case manager',
    ]) {
      expect(askIn(shipped, question), question).toMatchObject({ kind: 'declined', reason: 'lookup' });
    }
    for (const question of [
      'could you send my cv to whoever is hiring case managers',
      'can you register me for the CCM exam',
    ]) {
      expect(askIn(shipped, question), question).toMatchObject({ kind: 'declined', reason: 'request' });
    }
    for (const question of [
      'is it hard to find a case manager job',
      'who hires care managers',
      'can a case manager get certified in 2025',
      'do care managers see patients in 100 days',
      'can you look up what case managers earn',
    ]) {
      expect(askIn(shipped, question), question).toMatchObject({ kind: 'answer' });
    }
  });

  it('declines a request that the bot act for someone: refer, schedule, page, tell a person', () => {
    for (const question of [
      'could you refer my father to a care manager',
      'pls schedule my patient with a case manager',
      'connect me with a care manager',
    ]) {
      expect(askIn(shipped, question), question).toMatchObject({ kind: 'declined', reason: 'request' });
    }
    expect(askIn(shipped, "what's our case manager's email")).toMatchObject({ kind: 'declined', reason: 'lookup' });
    expect(askIn(shipped, 'can you tell me what a care manager does')).toMatchObject({
      kind: 'answer',
      topic: 'duties',
    });
  });

  it('answers the same words asked of the roles in general', () => {
    for (const question of [
      'do case managers work on Thanksgiving?',
      'who is a care manager',
      "who is the care manager in a patient's care team",
      'who is the care manager for a patient with dementia',
      'what does the director of case management do',
      'call me crazy but are care managers underpaid?',
      'is the care manager job office based',
      "in today's market, what do care managers earn",
      'who makes more, case manager or care manager',
      'is $58k normal for a care manager',
    ]) {
      expect(askIn(shipped, question), question).toMatchObject({ kind: 'answer' });
    }
  });

  it('declines one in a thread too, and leaves the thread as it was', () => {
    expect(askIn(shipped, 'what does a care manager do', "who's the care manager for bed 12")).toMatchObject({
      kind: 'declined',
      reason: 'lookup',
    });
    expect(
      askIn(shipped, 'what does a care manager do', "who's the care manager for bed 12", 'how much do they make'),
    ).toMatchObject({
      topic: 'salary',
      roles: ['care-manager'],
    });
  });

  it('does not take a lookup word in the context for the request', () => {
    const question =
      'at a staff meeting someone said RN care managers make close to 70k. what is the average pay for care managers?';
    expect(askIn(shipped, question)).toMatchObject({ kind: 'answer', topic: 'salary', roles: ['care-manager'] });
  });

  it('reads the ways from the hospital’s contacts file', () => {
    const copy = copyKnowledge();
    try {
      const contacts = JSON.parse(JSON.stringify(loadKnowledge(copy.dir).contacts));
      contacts.ways.push('bleep');
      writeFileSync(join(copy.dir, 'contacts.json'), JSON.stringify(contacts));
      expect(askIn(createAnswerer(loadKnowledge(copy.dir)), 'can you bleep the case manager')).toMatchObject({
        reason: 'lookup',
      });
    } finally {
      copy.remove();
    }
  });
});

describe('threads as people write them', () => {
  it("reads a role's head word with a noun standing in for its name", () => {
    expect(askIn(shipped, 'how much do case managers make', 'and the care people?')).toMatchObject({
      topic: 'salary',
      roles: ['care-manager'],
    });
    expect(askIn(shipped, 'what skills do care managers need', 'what about the case side')).toMatchObject({
      topic: 'skills',
      roles: ['case-manager'],
    });
  });

  it('reads "which role" as the pair', () => {
    expect(askIn(shipped, 'which role travels more')).toMatchObject({
      kind: 'answer',
      roles: ['case-manager', 'care-manager'],
    });
  });

  it('a correction keeps the topic and switches the role', () => {
    expect(askIn(shipped, 'what degree do care managers need', 'sorry i meant case managers')).toMatchObject({
      topic: 'education',
      roles: ['case-manager'],
    });
    expect(askIn(shipped, 'how much do care managers make', 'no, case not care')).toMatchObject({
      topic: 'salary',
      roles: ['case-manager'],
    });
    expect(askIn(shipped, 'where do care managers work', 'sorry i meant case, not care')).toMatchObject({
      topic: 'work-environment',
      roles: ['case-manager'],
    });
    expect(
      askIn(shipped, 'what certification does a case manager need', 'wait no I meant care managers, sorry'),
    ).toMatchObject({
      topic: 'certification',
      roles: ['care-manager'],
    });
  });

  it('a correction of the topic keeps the role', () => {
    expect(askIn(shipped, 'what degree do care managers need', 'no, I meant the pay')).toMatchObject({
      topic: 'salary',
      roles: ['care-manager'],
    });
  });

  it('goes back to an earlier topic of the thread', () => {
    expect(
      askIn(
        shipped,
        'do case managers need a BSN',
        'what certs do they need',
        'going back to the degree thing, would an ADN be enough to start?',
      ),
    ).toMatchObject({
      topic: 'education',
      roles: ['case-manager'],
    });
  });

  it('"those two", "the two of them", "either of them" mean the pair being discussed', () => {
    const answerer = createAnswerer(loadKnowledge(three.dir));
    const thread = ['what does a care manager earn', 'what about social workers?'];
    for (const question of [
      'do those two need a degree',
      'what do the two of them earn',
      'do either of them need a license',
    ]) {
      expect(askIn(answerer, ...thread, question).roles, question).toEqual(['care-manager', 'social-worker']);
    }
  });
});

describe("a role's own words first", () => {
  const local = createAnswerer(loadKnowledge(lakeside.dir));

  it('matches an alias that begins with a short form the language file expands ("ur" is "your")', () => {
    expect(askIn(local, 'what does a UR nurse do all day')).toMatchObject({
      topic: 'duties',
      roles: ['utilization-review-nurse'],
    });
    expect(askIn(local, 'how much do ur rns make here')).toMatchObject({
      topic: 'salary',
      roles: ['utilization-review-nurse'],
    });
    expect(askIn(local, 'how much do ur case managers make')).toMatchObject({
      topic: 'salary',
      roles: ['case-manager'],
    });
  });

  it('derives the short forms clinicians write from the aliases', () => {
    expect(shortFormsOf('case manager', 'manager')).toEqual(['cm']);
    expect(shortFormsOf('rn case manager', 'manager')).toEqual(['rn cm', 'rncm']);
    expect(shortFormsOf('case manager role', 'manager')).toEqual([]);
    expect(shortFormsOf('ur nurse', 'nurse')).toEqual([]);
    expect(nameShortFormsOf('geriatric care manager', 'Care manager')).toEqual(['geriatric cm']);
    expect(nameShortFormsOf('utilization review', 'Utilization review nurse')).toEqual(['ur']);
    expect(nameShortFormsOf('care manager', 'Care manager')).toEqual([]);
    expect(nameShortFormsOf('ur nurse', 'Utilization review nurse')).toEqual([]);
  });

  it('reads a short form the language file reads otherwise as the role only when typed in capitals', () => {
    const local = createAnswerer(loadKnowledge(lakeside.dir));
    expect(askIn(local, 'do UR nurses work weekends').roles).toEqual(['utilization-review-nurse']);
    expect(askIn(local, 'is UR a good fit for a new grad').roles).toEqual(['utilization-review-nurse']);
    expect(askIn(local, 'how much do URs make')).toMatchObject({
      topic: 'salary',
      roles: ['utilization-review-nurse'],
    });
    expect(askIn(local, 'is ur job stressful').roles).not.toContain('utilization-review-nurse');
    expect(askIn(shipped, 'geriatric CM salary')).toMatchObject({ topic: 'salary', roles: ['care-manager'] });
  });

  it("reads the field a role's title names as the role, unless it qualifies a topic's word", () => {
    const local = createAnswerer(loadKnowledge(three.dir));
    expect(askIn(local, 'is hospital social work stressful').roles).toEqual(['social-worker']);
    expect(askIn(local, 'thinking about social work in a hospital, what does it pay')).toMatchObject({
      topic: 'salary',
      roles: ['social-worker'],
    });
    expect(askIn(local, 'what degree does a care manager need', 'would a social work degree count')).toMatchObject({
      topic: 'education',
      roles: ['care-manager'],
    });
  });

  it("lets a role's head word alone name it only before a word standing in for its name, so any head is safe", () => {
    const local = createAnswerer(loadKnowledge(three.dir));
    expect(askIn(local, 'how much of the social aspect is part of care management').roles).toEqual(['care-manager']);
    expect(askIn(local, 'what do care managers earn', 'and the social side?').roles).toEqual(['social-worker']);
  });

  it("sets aside one of our roles named as the asker's past when another is asked about", () => {
    const local = createAnswerer(loadKnowledge(three.dir));
    expect(askIn(local, 'does my experience as a social worker count for care manager jobs').roles).toEqual([
      'care-manager',
    ]);
    expect(askIn(local, 'is a social worker the same as a care manager').roles).toEqual([
      'care-manager',
      'social-worker',
    ]);
  });

  it("reads a job right after a role's credential as the credential's holder", () => {
    expect(askIn(shipped, 'is a CCM nurse paid more')).toMatchObject({ kind: 'answer', roles: ['case-manager'] });
    expect(askIn(shipped, 'do nurse practitioners need ANCC certification')).toMatchObject({ kind: 'declined' });
  });

  it('reads a short form both roles share ("CM") against a role, from the thread, or as both', () => {
    expect(askIn(shipped, 'cm vs care mgr - whats the diff')).toMatchObject({
      topic: 'definition',
      roles: ['case-manager', 'care-manager'],
    });
    expect(askIn(shipped, 'do CMs handle discharge planning').roles).toEqual(['case-manager', 'care-manager']);
    expect(askIn(shipped, 'what does a case manager earn', 'do CMs need a BSN')).toMatchObject({
      topic: 'education',
      roles: ['case-manager'],
    });
    expect(askIn(shipped, 'what skills does a care manager need', 'what about for CM')).toMatchObject({
      topic: 'skills',
      roles: ['case-manager'],
    });
    expect(askIn(shipped, 'I direct CM at a hospital: which orgs grant case manager certification?').roles).toEqual([
      'case-manager',
    ]);
  });

  it('an explicit alias outranks a derived short form: NCM is the case manager’s', () => {
    expect(askIn(shipped, 'minimum degree for an NCM')).toMatchObject({ topic: 'education', roles: ['case-manager'] });
  });
});
