/**
 * Whom a role works for, and whether a message is set there. The knowledge's overview facts say who employs each role
 * ("Case managers often work for specific healthcare facilities, such as a hospital"; "Care managers often work for
 * their clients"): the terms of the lists read in what follows "work for" are the role's employers. A short form
 * several roles share ("CM") in a message set at one of those employers ("our *inpatient* CM team", "a CM job *at the
 * hospital*"), or inside a facility ("the CMs *on our unit*", "our CM *department*", "CM vs *floor* nurse"), is the
 * role that works for it (LABELLING.md convention 6; matcher.ts readShortForms).
 */
import type { KnowledgeBase, RoleId } from '../knowledge/schema.ts';
import type { Concept } from './reading.ts';
import { stemPhrase } from './normalize.ts';

/** "works for", "work for", "working for": English's phrase for an employer, then the employer up to its clause's end. */
const WORKS_FOR = /\bwork(?:s|ing)?\s+for\b(.*)/i;
/** Where the employer's phrase ends: the next clause ("..., and must follow", "..., though they can also ..."). */
const CLAUSE_END = /,\s*(?:and|but|though|although|while|which)\b|[;.]|\s(?:and|but|though|although|while)\s/i;
/**
 * The longest phrase of the lists read inside an employer's phrase, in words: longer finds longer names of an employer,
 * at a cost for every word of every overview fact.
 */
const MAX_TERM_WORDS = 3;

/** Each term the lists read as an employer in the overview's facts, with the roles said to work for it. */
export function employerTerms(kb: KnowledgeBase, phrases: ReadonlyMap<string, Concept>): Map<string, RoleId[]> {
  const employers = new Map<string, RoleId[]>();
  const overview = kb.topics[kb.topicOrder[0]!];
  for (const [role, facts] of Object.entries(overview?.facts ?? {})) {
    if (!kb.roles[role]) continue;
    for (const { text } of facts)
      for (const term of termsIn(employerPhrases(text), phrases)) {
        const roles = employers.get(term) ?? [];
        if (!roles.includes(role)) employers.set(term, [...roles, role]);
      }
  }
  return employers;
}

/** The phrases after each "work for" of a fact, to the end of their clause. */
function employerPhrases(text: string): string[] {
  const phrases: string[] = [];
  for (let rest = WORKS_FOR.exec(text); rest; rest = WORKS_FOR.exec(rest[1]!)) {
    phrases.push(rest[1]!.split(CLAUSE_END)[0]!);
  }
  return phrases;
}

/** The terms the lists read in phrases, longest first at each word. */
function termsIn(texts: string[], phrases: ReadonlyMap<string, Concept>): Set<string> {
  const terms = new Set<string>();
  for (const text of texts) {
    const words = stemPhrase(text).split(' ');
    for (let i = 0; i < words.length; i++)
      for (let length = Math.min(MAX_TERM_WORDS, words.length - i); length >= 1; length--) {
        const concept = phrases.get(words.slice(i, i + length).join(' '));
        if (concept?.kind !== 'term') continue;
        terms.add(concept.term);
        i += length - 1;
        break;
      }
  }
  return terms;
}

/**
 * English's nouns for the places inside a facility where its nursing is done, and for its numbered addresses: "on
 * our *unit*", "a *floor* nurse", "at the *bedside*", "on 4 *West*". A closed class, not the wordings of a set.
 */
const FACILITY_PLACES = new Set(['unit', 'units', 'floor', 'floors', 'ward', 'wards', 'bedside']);
/** A ward's address: a number and a point of the compass ("6N", "4 west", "5 north"). */
const COMPASS = new Set(['north', 'south', 'east', 'west']);
const WARD_ADDRESS = /^\d+[nsew]$/;
/** Nouns that make a role's name a part of an organisation: "our CM *department*", "the inpatient CM *team*". */
const DEPARTMENTS = new Set(['department', 'departments', 'team', 'teams']);

/**
 * Whether words are set inside a facility: one of its places, a ward's address, or a role's short form named as one
 * of its departments (`shortFormAt`: whether a short form ends at a word).
 */
export function insideFacility(words: readonly string[], shortFormAt: (i: number) => boolean): boolean {
  return words.some(
    (word, i) =>
      FACILITY_PLACES.has(word) ||
      WARD_ADDRESS.test(word) ||
      (COMPASS.has(word) && /^\d+$/.test(words[i - 1] ?? '')) ||
      (DEPARTMENTS.has(word) && i > 0 && shortFormAt(i - 1)),
  );
}
