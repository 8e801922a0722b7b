/**
 * A person named by their given name and surname ("is *Linda Pham* still working in case management?"): asking about
 * one named person is a lookup, whatever role it names. Given names are a real vocabulary (models/given-names.txt,
 * from English-speaking countries' lists; models/PROVENANCE.md); the surname is read by its form, a capitalised word
 * after it.
 */
import { readFileSync } from 'node:fs';
import { projectPath } from '../project-root.ts';
import { normalize } from './normalize.ts';
import { isEveryday } from './word-vectors.ts';

export const GIVEN_NAMES_FILE = projectPath('models', 'given-names.txt');

let given: ReadonlySet<string> | undefined;

/** The shipped given names, folded; read once, at first use. */
function givenNames(): ReadonlySet<string> {
  given ??= new Set(readFileSync(GIVEN_NAMES_FILE, 'utf8').split('\n').filter(Boolean));
  return given;
}

/**
 * A capitalised word then another, inside a sentence on one line: after a word and spaces, not after a mark or a line
 * break (a signature under a message, "Thanks,\nDana Whitfield", names its writer). The surname may carry an
 * apostrophe or a hyphen ("O'Brien", "Park's").
 */
const PAIR = /(?<=[\p{L}\p{N}'’][ \t]+)(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}[\p{L}'’-]*\p{Ll})(?![\p{L}\p{N}])/gu;

/**
 * What before a name makes it the asker's own ("I'm Linda Pham", "my name is ...", "me llamo ...") or a place named
 * after someone ("at John Muir", "in Santa Clara", "from San Jose"): no one else asked about.
 */
const NOT_ASKED_ABOUT =
  /(?:\b(?:i am|im|name is|names|this is|call me|me llamo|soy)|\b(?:at|in|from|near|of|to|the))\s+$/;

/**
 * Above this share of its words capitalised, a sentence is written in title case and its capitals name nothing. Higher
 * reads two capitalised words of a headline-style question as a person; lower misses a name in a short sentence whose
 * other words are capitalised too (initials such as "RN", a unit's name).
 */
const TITLE_CASE_SHARE = 0.5;

/** Whether `text` (one sentence as typed) names a person asked about; `listed` says a word is one of the knowledge's. */
export function namesPerson(text: string, listed: (word: string) => boolean): boolean {
  if (!/\p{Lu}\p{Ll}+[ \t]+\p{Lu}/u.test(text)) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  const capitals = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  if (capitals > words.length * TITLE_CASE_SHARE) return false;
  for (const m of text.matchAll(PAIR)) {
    const first = normalize(m[1]!);
    const last = normalize(m[2]!).replace(/s$/, '');
    if (!givenNames().has(first) || isEveryday(first) || listed(first) || listed(last)) continue;
    if (NOT_ASKED_ABOUT.test(`${normalize(text.slice(0, m.index))} `)) continue;
    return true;
  }
  return false;
}
