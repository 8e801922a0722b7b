import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { ask } from '../support/ask.ts';

const answerer = createAnswerer(loadKnowledge());

// Issue 18, round 17: "do I need ICU experience first" asks whether a kind of the experience (or degree) is needed, and
// the kind is named by the words before its head. The facts count nursing experience and name no unit: the kind is
// unsaid (LABELLING.md 4), `covered: false` with the card's "Nothing in … says" line. A word the knowledge's own
// synonyms write before a term without changing it ("bedside nurse" is "nurse") names what the facts name.

describe('a kind of experience the facts never name, asked whether it is needed, is flagged', () => {
  it.each([
    ['do i need icu experience first for case management', 'icu'],
    ['do you need ICU experience before going into case management', 'ICU'],
    ['need peds experience to be a pediatric case manager?', 'peds'],
    ['do you need telemetry experience before becoming a case manager', 'telemetry'],
    ['do you need ICU first to be a case manager', 'ICU'],
  ])('%s → not covered, says it of “%s”', (message, word) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', topic: 'experience', covered: false });
    expect(answerer.ask(message).gap).toContain(`Nothing in the article says anything about “${word}”`);
  });
});

describe('a kind the facts or the synonyms name stays covered', () => {
  it.each([
    ['Do I need bedside experience before moving into case management?'],
    ['do I need nursing experience to be a case manager'],
    ['do you need floor experience first'],
    ['do i need a BSN'],
    ['do i need a BSN first'],
    ['do you need an RN license first to be a case manager'],
  ])('%s → covered', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', covered: true });
  });
});
