import { describe, expect, it } from 'vitest';
import { formatAnswerText } from '../../src/cli/format-text.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { namesPerson } from '../../src/search/person-name.ts';
import { ask } from '../support/ask.ts';

// Issue 18, round 16: a named person asked about is a lookup; a wish for an occasion and the greetings and thanks of
// the languages a hospital's staff speak are small talk; a phone or an office asked for in another language is a
// lookup. Wordings of our own.

const answerer = createAnswerer(loadKnowledge());

describe('a person named by given name and surname', () => {
  it('is looked up, not answered, whatever the role or topic named beside it', () => {
    for (const q of [
      'does Maria Gonzalez still do care management here?',
      'has Jennifer Lee left the case management team?',
      'did Luis Hernandez pass the CCM exam',
      "is Kevin O'Brien the case manager on 4 west?",
    ])
      expect(ask(q), q).toMatchObject({ kind: 'declined' });
    const text = formatAnswerText(answerer.ask('is Angela Brown still working as a care manager'), answerer.kb);
    expect(text).toContain("I can't look up people");
  });

  it('a place, an employer, the asker introducing themself or signing off is no one asked about', () => {
    expect(ask('do case managers in Los Angeles make more')).toMatchObject({ kind: 'answer', topic: 'salary' });
    expect(ask('does Kaiser Permanente hire case managers?')).toMatchObject({ kind: 'answer' });
    expect(ask('is Johns Hopkins a good place to work as a case manager')).toMatchObject({ kind: 'answer' });
    expect(namesPerson("hi, I'm Linda Pham, an RN. what do case managers do?", () => false)).toBe(false);
    expect(namesPerson('What do case managers do?\n\nThanks,\nDana Whitfield', () => false)).toBe(false);
    expect(namesPerson('What Does A Case Manager Do Day To Day', () => false)).toBe(false);
  });
});

describe('a wish for an occasion', () => {
  it('is a greeting, in English or another language, whatever the occasion names', () => {
    for (const q of ['happy monday!', 'happy nurses week everyone', 'merry christmas bot', 'happy fourth of july'])
      expect(ask(q), q).toMatchObject({ kind: 'smalltalk', smalltalk: 'greeting' });
    for (const q of ['feliz año nuevo', 'bonne année', 'happy thanksgiving 🦃'])
      expect(ask(q), q).toMatchObject({ kind: 'smalltalk' });
  });

  it('a question after the wish is asked; "happy" before grammar or in a question is no wish', () => {
    expect(ask('happy friday, what do case managers make')).toMatchObject({ kind: 'answer', topic: 'salary' });
    expect(ask('merry christmas! quick q, do case managers need a BSN')).toMatchObject({ kind: 'answer' });
    expect(ask("I'm happy with my job as a nurse, should I become a case manager?")).toMatchObject({ kind: 'answer' });
  });
});

describe('greetings and thanks of a hospital staff’s languages', () => {
  it('are small talk, alone or closing a thread', () => {
    for (const q of ['bonswa', 'xin chào', 'cám ơn bạn nhiều', 'spasibo', 'спасибо', 'dziękuję', 'muchas gracias'])
      expect(ask(q), q).toMatchObject({ kind: 'smalltalk' });
    expect(ask('how much do care managers make', 'mèsi anpil')).toMatchObject({
      kind: 'smalltalk',
      smalltalk: 'thanks',
    });
  });
});

describe('trying the bot, asking after it', () => {
  it('"test" and a count, alone or before small talk, is a greeting; "test" naming something is asked', () => {
    for (const q of ['test', 'testing testing 1 2', 'test 123 anyone there'])
      expect(ask(q), q).toMatchObject({ kind: 'smalltalk', smalltalk: 'greeting' });
    expect(ask('test prep for the CCM?')).toMatchObject({ kind: 'answer', topic: 'certification' });
  });

  it("asking after the bot's shift or what it speaks is small talk; help with one's own essay is still declined", () => {
    expect(ask('hows your shift going')).toMatchObject({ kind: 'smalltalk' });
    expect(ask('what languages do you know')).toMatchObject({ kind: 'smalltalk', smalltalk: 'capabilities' });
    expect(ask('can you help me with my cover letter')).toMatchObject({ kind: 'declined' });
  });
});

describe('a line or an office asked for in another language', () => {
  it('is looked up', () => {
    for (const q of [
      'numero de telefono del care manager por favor',
      'quel est le numéro de téléphone du case manager?',
      'số điện thoại của care manager là gì',
      'what is the telephone number of case management?',
      'where is the office of case management?',
    ])
      expect(ask(q), q).toMatchObject({ kind: 'declined' });
  });

  it('the hours a role works, asked in either language, are still answered', () => {
    expect(ask('cuántas horas trabajan los case managers?')).toMatchObject({ kind: 'answer' });
    expect(ask('what hours do case managers usually work?')).toMatchObject({ kind: 'answer' });
  });
});

describe('an initialism no list knows, as whose pay, hours or credential is asked', () => {
  it('is another job, declined with the roles covered', () => {
    for (const q of [
      'RRT salary?',
      "what's the CRNA pay like",
      'how hard is the PTCB exam',
      'CST schedule, is it 12s?',
    ])
      expect(ask(q), q).toMatchObject({ kind: 'declined' });
    expect(ask('how much do care managers make', 'what about RTs?')).toMatchObject({ kind: 'declined' });
    expect(ask('how much do care managers make', 'and a billing rep? what do they earn')).toMatchObject({
      kind: 'declined',
    });
  });

  it('asked of one of our roles, or a unit before experience, it is answered', () => {
    expect(ask('is the XYZ certification required for case managers')).toMatchObject({ kind: 'answer' });
    expect(ask('does ICU experience count for care management')).toMatchObject({ kind: 'answer' });
    expect(ask('what certification do case managers need', 'and the CCMs?')).toMatchObject({ kind: 'answer' });
  });
});

describe("the asker's own unit, by its address", () => {
  it('is who asks, not a place looked up; a role at an address is still looked up', () => {
    expect(ask('I work on 5 north, do case managers need a BSN?')).toMatchObject({ kind: 'answer' });
    expect(ask("i'm an RN on 8B, how do i become a care manager")).toMatchObject({ kind: 'answer' });
    expect(ask("I'm looking for the case manager on 4 west")).toMatchObject({ kind: 'declined' });
  });
});
