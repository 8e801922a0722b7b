import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { buildLexicon } from '../../src/search/lexicon.ts';
import { inEnglish } from '../../src/search/other-language.ts';
import { ask, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 15: a message in another language is read in its English before anything reads it: the language's
// closed class of grammar words (language.json otherLanguages), and cognates of its other words.

const lexicon = buildLexicon(loadKnowledge());
const english = (text: string) => inEnglish(text, lexicon.otherLanguages, lexicon.english);

describe('which messages are in another language', () => {
  it('several grammar words of one language make the message that language', () => {
    expect(english('dónde estudian los care managers?').unread).not.toBeNull();
  });

  it('English is left alone, whatever one-letter or borrowed words it has', () => {
    for (const text of [
      'y do care managers need a BSN?',
      'is a degree in LA a plus for case managers?',
      'are you an AI or a person?',
      'how much do case managers make in El Paso?',
    ])
      expect(english(text)).toEqual({ text, unread: null });
  });

  it('folds a word typed in capitals, with accents or in a compatibility form as its grammar word', () => {
    expect(english('DÓNDE estudian LOS care managers?').unread).not.toBeNull();
    expect(english('donde estudian los care managers?').unread).not.toBeNull();
    expect(english('ｄｏｎｄｅ estudian ｌｏｓ care managers?').unread).not.toBeNull();
  });

  it('one grammar word with a word English does not spell so is enough ("y en Ohio específicamente?")', () => {
    expect(english('y en Ohio específicamente?').text).toBe('and in Ohio specific?');
  });
});

describe('cognates', () => {
  it.each([
    ['el care manager necesita una licencia del estado?', 'license', 'state'],
    ['cuánto cuesta el examen?', 'cost', 'exam'],
    ['la experiencia con los pacientes', 'experience', 'patient'],
    ['la compañía o el hospital', 'company', 'hospital'],
  ])('%s reads %s and %s', (text, first, second) => {
    const read = english(text).text;
    expect(read).toContain(first);
    expect(read).toContain(second);
  });

  it('a name typed with its capital inside a sentence is no cognate', () => {
    expect(english('los care managers en Costa Rica?').text).toContain('Costa Rica');
  });

  it('a word that is no cognate is left as typed, and said to be unread', () => {
    const { text, unread } = english('los care managers hablan con los médicos?');
    expect(text).toContain('hablan');
    expect(unread?.has('hablan')).toBe(true);
  });
});

describe('reading the English', () => {
  it("an accented question word is the question word; unaccented it opens a question that asks ('?')", () => {
    expect(english('qué necesita un case manager?').text).toMatch(/^what /);
    expect(english('que necesita un case manager?').text).toMatch(/^what /);
    expect(english('dice que los case managers trabajan mucho').text).toContain(' that ');
  });

  it('a verb opening a statement stays as typed: English would read a question there', () => {
    expect(english('hace calor en el hospital').text).toMatch(/^hace /);
    expect(english('hace un care manager visitas?').text).toMatch(/^does /);
  });

  it('an elided French article is a word of its own', () => {
    expect(english("quel est le salaire d'un care manager?").text).toContain('of a care manager');
  });
});

describe('answers to questions in another language', () => {
  it('a cost asked through a cognate is not covered', () => {
    expect(ask('cuánto cuesta la certificación de un case manager?')).toMatchObject({
      topic: 'certification',
      roles: CASE,
      covered: false,
    });
  });

  it('a word we could not read is not said to be missing from the facts', () => {
    const answer = ask('los care managers ayudan a las familias?');
    expect(answer.kind).toBe('answer');
    expect(answer.roles).toEqual(CARE);
  });

  it('naming none of our roles, with a word we could not read, is declined: it may be another job', () => {
    expect(ask('cuánto gana un plomero en Ohio?')).toMatchObject({ kind: 'declined' });
  });

  it('a follow-up in another language goes on with the thread', () => {
    expect(ask('what degree does a care manager need?', 'y en California?')).toMatchObject({
      topic: 'education',
      roles: CARE,
    });
  });
});
