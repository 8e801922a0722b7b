import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { ask } from '../support/ask.ts';

const answerer = createAnswerer(loadKnowledge());

// Issue 18, round 17: a place asked to be where a role works or is, in wordings of our own. The facts name the places
// each role works in; one they never name ("hospice", near "hospital" in meaning) is not said (LABELLING.md 4):
// `covered: false`, and the card names the place. The controls ask of places the facts name, in their words or
// others of the same meaning.

describe('a place the facts never name, asked to be where a role works, is flagged', () => {
  it.each([
    ['do case managers ever work in hospice', 'hospice'],
    ['can a care manager work in a hospice', 'hospice'],
    ['are care managers employed in hospices', 'hospices'],
    ['do case managers work at correctional facilities', 'correctional'],
    ['are case managers ever based in dialysis centers', 'dialysis'],
    ['do care managers work in orphanages', 'orphanages'],
    ['can a case manager work in a shelter', 'shelter'],
    ['do case managers work at rehab centers', 'rehab'],
  ])('%s → not covered', (message, place) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', topic: 'work-environment', covered: false });
    expect(answerer.ask(message).gap).toBe(`Nothing in the article says anything about “${place}”.`);
  });
});

describe('a place the facts name, asked to be where a role works, stays covered', () => {
  it.each([
    ['do case managers work in hospitals'],
    ['can care managers work in nursing homes'],
    ['do care managers work in supportive housing'],
    ['are case managers based in HMOs'],
    ['do case managers work at insurance firms'],
    ['do care managers work in private homes'],
    ['are case managers ever in mental health facilities'],
    ['do case managers work in psychiatric facilities'],
    ['do care mgrs work in care homes / assisted living type places'],
    ['do case managers need to be good at delegating stuff'],
  ])('%s → covered', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', covered: true });
  });
});
