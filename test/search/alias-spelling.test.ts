import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { askIn } from '../support/ask.ts';
import { knowledgeWithFixture } from '../support/knowledge-copy.ts';

// A keeper's first hour (round 15): how an alias or a credential is written in the role file does not decide how a
// question must type it (docs/knowledge-format.md, roles: `aliases`, `organisations`).
const ROLE_FILE = join('roles', 'transplant-coordinator.json');
const copy = knowledgeWithFixture('transplant');
afterAll(() => copy.remove());

/** The fixture's role renamed so that only its aliases name it (no word of its name is in a question below). */
const role = JSON.parse(readFileSync(join(copy.dir, ROLE_FILE), 'utf8'));
Object.assign(role, {
  name: 'Organ program nurse',
  plural: 'Organ program nurses',
  head: 'organ',
  // One alias hyphenated, one spaced; a third writes the spaced one's words as a compound ("post-op").
  aliases: ['Pre-Admission Liaison', 'post op liaison', 'post-op navigator', 'TXC'],
  organisations: ['CCTC', 'abtc', 'Cctn-X'],
});
writeFileSync(join(copy.dir, ROLE_FILE), JSON.stringify(role));
const answerer = createAnswerer(loadKnowledge(copy.dir));
const TX = ['transplant-coordinator'];
const about = (question: string) => askIn(answerer, question);

describe('an alias with a hyphen, or with a space where people may type one', () => {
  it.each([
    'what does a pre-admission liaison do',
    'what does a pre admission liaison do',
    'what does a preadmission liaison do',
    'what does a post op liaison do',
    'what does a post-op liaison do',
    'what does a postop liaison do',
  ])('is the role however the question spells it: "%s"', (question) => {
    expect(about(question)).toMatchObject({ topic: 'duties', roles: TX });
  });
});

describe('case, in the role file and in the question', () => {
  it.each(['what does a PRE-ADMISSION LIAISON earn', 'what does a txc earn', 'what does a TXC earn'])(
    'never matters for an alias: "%s"',
    (question) => {
      expect(about(question)).toMatchObject({ topic: 'salary', roles: TX });
    },
  );

  it.each(['do I need the cctc', 'do I need the CCTC', 'do I need the Cctc'])(
    'never matters for a credential, nor for the facts that name it: "%s"',
    (question) => {
      expect(about(question)).toMatchObject({ topic: 'certification', roles: TX });
    },
  );

  it.each([
    'is the ABTC for me',
    'is the cctn-x for me',
    'is the CCTN-X for me',
    'is the CCTNX for me',
    'is the cctn x for me',
  ])('nor for one with punctuation inside: "%s" names its holder', (question) => {
    expect(about(question)).toMatchObject({ kind: 'answer', roles: TX });
  });
});
