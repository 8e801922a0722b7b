import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { converse, type Turn } from '../../src/conversation/context.ts';
import { createDbContextStore } from '../../src/storage/context-store.ts';
import { openMemoryStorage } from '../support/memory-storage.ts';
import { createAnswerer, type Answer } from '../../src/search/answer.ts';

const answerer = createAnswerer(loadKnowledge());

/** Asks each message in turn, carrying the last answered question as a DM does. */
function conversation(...messages: string[]): Answer[] {
  let turn: Turn | null = null;
  return messages.map((message) => {
    const answer = answerer.ask(message, turn);
    if (answer.kind === 'answer' && answer.topic) turn = { topic: answer.topic, roles: answer.roles };
    return answer;
  });
}
const last = (...messages: string[]) => conversation(...messages).at(-1)!;
const CASE = ['case-manager'];
const CARE = ['care-manager'];
const BOTH = ['case-manager', 'care-manager'];

describe('follow-ups take what they leave open from the last answered question', () => {
  it.each([
    [['what certification do case managers need?', 'and care managers?'], 'certification', CARE],
    [['what is a care manager', 'how much do they make?'], 'salary', CARE],
    [['what certification do case managers need?', 'compare them'], 'certification', BOTH],
    [['where do care managers work?', 'what about the other one?'], 'work-environment', CASE],
    [['what certification do case managers need?', 'is that the same for care managers?'], 'certification', CARE],
    [['what certification do care managers need?', 'what are the requirements?'], 'certification', CARE],
    [['what skills does a case manager need', 'thanks!', 'and care managers?'], 'skills', CARE],
    [['what skills does a case manager need', 'reset my password', 'and care managers?'], 'skills', CARE],
    [['how much does the CCM exam cost', 'how often do I renew it?'], 'certification', CASE],
  ])('%j → %s %j', (messages, topic, roles) => {
    const answer = last(...messages);
    expect(answer).toMatchObject({ kind: 'answer', topic, roles, usedContext: true });
  });

  it('a complete new question stands on its own and inherits nothing', () => {
    expect(last('what certification do case managers need?', 'what is a care manager?')).toMatchObject({
      topic: 'definition',
      roles: CARE,
      usedContext: false,
    });
    expect(last('how much do care managers make?', 'where do case managers work')).toMatchObject({
      topic: 'work-environment',
      roles: CASE,
      usedContext: false,
    });
    // Both roles named outright and no topic: the comparison of the roles (the DM's suggested prompt), not the thread's.
    expect(
      last('how much do care managers make?', "What's the difference between a case manager and a care manager?"),
    ).toMatchObject({
      topic: 'definition',
      roles: BOTH,
      usedContext: false,
    });
    // "both" and "that" point back: the thread's topic.
    expect(last('what do case managers do each day', 'now give me both side by side')).toMatchObject({
      topic: 'duties',
      roles: BOTH,
    });
    expect(
      last('how much do care managers make?', 'is that different for case managers and care managers?'),
    ).toMatchObject({
      topic: 'salary',
      roles: BOTH,
    });
  });

  it('a message that names no role and no topic is not answered from context when it is about something else', () => {
    expect(last('what is a care manager', 'is it raining?').kind).toBe('declined');
  });

  it('a message of only everyday words asks about the thread ("is that enough?"); a pointer carries an off-topic word', () => {
    expect(last('do care managers visit patients at home?', 'how often?')).toMatchObject({
      topic: 'duties',
      roles: ['care-manager'],
    });
    expect(last('how do I get into case management', 'is that enough?')).toMatchObject({
      kind: 'answer',
      roles: ['case-manager'],
    });
    expect(last('what does a care manager do', 'how much vacation do they get')).toMatchObject({
      kind: 'answer',
      roles: ['care-manager'],
    });
    expect(last('what does a care manager do', 'where is the cafeteria').kind).toBe('declined');
  });

  it('a message naming nothing else carries the thread: words close in meaning to ours, a role after "I meant", a job it is asked for', () => {
    expect(last('how much experience do case managers need', 'is there an age limit?')).toMatchObject({
      kind: 'answer',
      topic: 'experience',
      roles: CASE,
    });
    expect(last('what education do case managers need', 'sorry, I meant care')).toMatchObject({
      topic: 'education',
      roles: CARE,
    });
    // "is that for LPNs too?" asks whom what the thread said holds for; alone it asks about LPNs.
    expect(last('what do care managers earn', 'is that for LPNs too?')).toMatchObject({ topic: 'salary', roles: CARE });
    expect(answerer.ask('is that for LPNs too?').kind).toBe('declined');
    // An initialism before a job ("RN") or an everyday word in capitals ("US") is no job of its own.
    expect(last('what certs do case managers need', 'does it have to be a UK RN license')).toMatchObject({
      topic: 'certification',
      roles: CASE,
    });
    expect(last('what certs do case managers need', 'does it have to be a US license')).toMatchObject({
      topic: 'certification',
    });
    expect(last('what do care managers earn', "what's the weather like").kind).toBe('declined');
    // Common words frame a question without a subject of their own.
    expect(last("what's a care manager", 'do they go by another title?')).toMatchObject({
      topic: 'definition',
      roles: CARE,
    });
  });

  it('"it" stands for what the thread\'s topic is about, unless the thread is about the role itself', () => {
    expect(last('what certification do care managers need', 'who pays for it?')).toMatchObject({
      topic: 'certification',
      roles: CARE,
    });
    expect(
      last('what certs do case managers need', 'can I sit for it with 2 years of nursing experience'),
    ).toMatchObject({
      topic: 'certification',
    });
    // The thread's own role named again brings no subject of its own.
    expect(
      last(
        'how much experience do case managers need',
        'does agency nursing count or does it have to be in case management',
      ),
    ).toMatchObject({ topic: 'experience', roles: CASE });
    // A strong word of another topic still takes "it" away; after what the role does, "it" is the job.
    expect(last('what certs do case managers need', 'how much does it pay?').topic).toBe('salary');
    expect(last('what do case managers do', 'is it stressful').topic).toBe('work-environment');
  });

  it('what the thread\'s facts state together keeps it; "it" does not turn a short form away; organisations beside "that one"', () => {
    // The certification's requirement states the years and the experience.
    expect(
      last(
        'what certification do case managers need',
        'how many years of case management experience do I need exactly',
      ),
    ).toMatchObject({ topic: 'certification', roles: CASE });
    expect(
      last('what certs do case managers need', 'and the CM experience part, does it have to be full time?'),
    ).toMatchObject({ topic: 'certification', roles: CASE });
    // "that one" is the thread's certification: the CCMC is asked about it, not about its own role.
    expect(last('what certification do care managers need', 'does the CCMC offer that one too')).toMatchObject({
      topic: 'certification',
      roles: CARE,
    });
    expect(last('what certification do care managers need', 'and the CCMC?')).toMatchObject({
      topic: 'certification',
      roles: CASE,
    });
  });

  it('the same question is answered anew under another context (the answer cache keys on it)', () => {
    expect(last('what certification do case managers need?', 'and care managers?').topic).toBe('certification');
    expect(last('where do case managers work?', 'and care managers?').topic).toBe('work-environment');
    expect(answerer.ask('and care managers?').topic).toBe('definition');
  });
});

describe('no role named means both', () => {
  it.each([
    "what's the difference?",
    'key differences?',
    'do they basically do the same job?',
    'what do they have in common?',
  ])('%s → the definitions of both roles', (question) => {
    expect(answerer.ask(question)).toMatchObject({ kind: 'answer', topic: 'definition', roles: BOTH });
  });

  it('on every topic', () => {
    expect(answerer.ask('which one goes to patients homes?')).toMatchObject({ topic: 'work-environment', roles: BOTH });
    expect(answerer.ask('how much do they make?')).toMatchObject({ topic: 'salary', roles: BOTH });
  });
});

describe('small talk', () => {
  it.each([
    ['hi', 'greeting'],
    ['hello there!', 'greeting'],
    ['thanks!', 'thanks'],
    ['thank you so much 🙏', 'thanks'],
    ['bye', 'farewell'],
    ['who are you?', 'identity'],
    ['what can you do', 'capabilities'],
    ['help', 'capabilities'],
    ['good bot', 'praise'],
    ['how are you today?', 'greeting'],
    ['thanks, you saved my whole afternoon', 'thanks'],
    ['<@U0123ABC>', 'bare'],
    ['?', 'bare'],
  ])('%s → %s', (message, kind) => {
    expect(answerer.ask(message)).toMatchObject({ kind: 'smalltalk', smalltalk: kind, topic: null });
  });

  it('a question with a greeting in it is a question', () => {
    expect(answerer.ask('hi! what exactly is a nurse case manager?')).toMatchObject({
      kind: 'answer',
      topic: 'definition',
    });
    // A joke is small talk of its own (LABELLING.md, convention 1), not a task declined.
    expect(answerer.ask('hey, tell me a joke')).toMatchObject({ kind: 'smalltalk', smalltalk: 'joke' });
    expect(answerer.ask('hey, order me a pizza').kind).toBe('declined');
    expect(answerer.ask('hi, what time is it').kind).toBe('declined');
  });

  it('"thanks" after an answer says a conversation is under way', () => {
    expect(answerer.ask('thanks!').usedContext).toBe(false);
    expect(last('what is a care manager', 'thanks!')).toMatchObject({
      kind: 'smalltalk',
      smalltalk: 'thanks',
      usedContext: true,
    });
  });
});

describe('what the source does not cover is said first', () => {
  it.each([
    [
      'how much does the CCM exam cost',
      'certification',
      /^Nothing in the article says what certification or its exam costs/,
    ],
    ['is the ccm exam hard?', 'certification', /how hard the exam is/],
    ['do care managers work weekends', 'work-environment', /weekends/],
    ['can case managers work from home', 'work-environment', /remotely or from home/],
    ['how much do case managers make in Texas', 'salary', /by state or city/],
    ['how often do I renew my CCM', 'certification', /renewed/],
  ])('%s', (question, topic, gap) => {
    const answer = answerer.ask(question);
    expect(answer).toMatchObject({ kind: 'answer', topic, covered: false });
    expect(answer.gap).toMatch(gap);
    expect(answer.groups.length).toBeGreaterThan(0);
  });

  it.each([
    'how many years of RN experience for the CCMC cert',
    'does the NACCM require an internship',
    'where do case managers work',
  ])('does not flag what the source states: %s', (question) => {
    expect(answerer.ask(question)).toMatchObject({ kind: 'answer', covered: true, gap: null });
  });
});

describe('organisations pick the role', () => {
  it.each([
    ['whats the naccm', CARE],
    ['how much does the NACCM certification cost', CARE],
    ['CCM requirements pls', CASE],
    ['what is the CCMC?', CASE],
    ['ANCC certification requirements', CASE],
  ])('%s', (question, roles) => {
    expect(answerer.ask(question)).toMatchObject({ topic: 'certification', roles });
  });

  it('a role named outright wins', () => {
    expect(answerer.ask('do care managers need CCMC certification').roles).toEqual(CARE);
  });
});

describe('converse() and the context store (SQLite in memory)', () => {
  it('remembers the last answered question per conversation, not across conversations', async () => {
    const storage = await openMemoryStorage();
    const store = storage.contextStore;
    await converse(answerer, store, 'D1', 'what certification do case managers need?');
    expect(await converse(answerer, store, 'D1', 'and care managers?')).toMatchObject({
      topic: 'certification',
      roles: CARE,
    });
    expect(await converse(answerer, store, 'D2', 'and care managers?')).toMatchObject({
      topic: 'definition',
      usedContext: false,
    });
    await storage.close();
  });

  it('remembers the topics a thread answered, so it can go back to its first; a turn kept before topics were reads as one', async () => {
    const storage = await openMemoryStorage();
    const store = storage.contextStore;
    for (const message of ['what do care managers earn', 'what degree do they need', 'thanks!', 'where do they work'])
      await converse(answerer, store, 'D1', message);
    expect(await converse(answerer, store, 'D1', 'back to my first question')).toMatchObject({
      topic: 'salary',
      roles: CARE,
    });
    await store.set('D2', { topic: 'education', roles: CARE, recent: CARE });
    expect(await converse(answerer, store, 'D2', 'back to my first question')).toMatchObject({
      topic: 'education',
      roles: CARE,
    });
    await storage.close();
  });

  it('forgets after the expiry', async () => {
    let now = 0;
    const storage = await openMemoryStorage();
    const store = createDbContextStore(storage.database, 1000, () => now);
    await converse(answerer, store, 'D1', 'what certification do case managers need?');
    now = 1001;
    expect(await converse(answerer, store, 'D1', 'and care managers?')).toMatchObject({
      topic: 'definition',
      usedContext: false,
    });
    await storage.close();
  });
});
