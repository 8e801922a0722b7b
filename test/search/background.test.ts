import { describe, expect, it } from 'vitest';
import {
  backgroundSpans,
  choosesForAsker,
  mayNamePast,
  type SpanReader,
  schoolingSpans,
  startsNow,
} from '../../src/search/background.ts';

// The grammar of the asker's own past, over stemmed tokens as analyze.ts reads them, with a reader that knows no
// phrase of ours but "nurse" and treats the short English words as grammar.
const GRAMMAR = new Set(['a', 'an', 'the', 'i', 'my', 'do', 'doe', 'for', 'can', 'which', 'is', 'in', 'that', 'me']);
const reader = (tokens: string[]): SpanReader => ({
  ours: (i) => tokens[i] === 'nurse',
  grammar: (token) => GRAMMAR.has(token) || /^\d+$/.test(token),
  counting: (token) => token === 'count',
  opener: (token) => ['do', 'doe', 'can', 'which', 'is'].includes(token),
  titleHead: (i) => ['medic', 'clerk', 'nurse'].includes(tokens[i]!) || /\d/.test(tokens[i]!),
});
const spans = (text: string) => {
  const tokens = text.split(' ');
  return backgroundSpans(tokens, reader(tokens)).map(({ start, end }) => tokens.slice(start, end).join(' '));
};

describe('the asker past, by where its words stand', () => {
  it.each([
    ['i wa a combat medic for 8 year', ['combat medic']],
    ['my year as a bus driver count', ['bus driver']],
    ['ward clerk here can i', ['ward clerk']],
    ['9 year retail', ['retail']],
    ['former teacher then tutor', ['teacher then tutor']],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('words right before one of ours only say which of ours', () => {
    expect(spans('3 year surgical nurse')).toEqual([]);
  });

  it('a state is no title to introduce oneself by', () => {
    expect(spans('total burnout here can i')).toEqual([]);
  });

  it('the field of a schooling the asker holds', () => {
    const tokens = 'i have a bachelor in marine biology'.split(' ');
    const found = schoolingSpans(tokens, { ...reader(tokens), schooling: (i) => tokens[i] === 'bachelor' });
    expect(found.map(({ start, end }) => tokens.slice(start, end).join(' '))).toEqual(['marine biology']);
  });
});

describe('a choice for the asker, starting at once', () => {
  const opener = (token: string) => ['is', 'would', 'do'].includes(token);
  it.each([
    ['which one would suit me', true],
    ['which of these is a better fit for someone like me', true],
    ['which role fit that better', true],
    ['which one is better for me pepperoni or cheese', false],
    ['which pizza is best for me', false],
  ])('%s → %s', (text, expected) => {
    expect(choosesForAsker(text.split(' '), new Set(['better', 'best', 'suit', 'fit']), opener)).toBe(expected);
  });

  it.each([
    ['can i go straight into case management', true],
    ['could i apply yet', true],
    ['can they start right away', true],
    ['do they start straight after school', false],
  ])('%s → %s', (text, expected) => {
    expect(startsNow(text.split(' '))).toBe(expected);
  });
});

describe('a sentence that cannot name the asker’s past is passed over', () => {
  it('finds nothing where mayNamePast says there is nothing', () => {
    for (const text of ['what do care manager make in ohio', 'is a case manager license state specific']) {
      const tokens = text.split(' ');
      expect(mayNamePast(tokens)).toBe(false);
      expect(backgroundSpans(tokens, reader(tokens))).toEqual([]);
    }
  });

  it('looks further where a title may begin, the asker speaks or introduces themself', () => {
    for (const text of ['wa a paramedic before', 'my degree in biology', 'icu rn here', '5 year as a medic'])
      expect(mayNamePast(text.split(' '))).toBe(true);
  });
});
