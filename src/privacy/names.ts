/**
 * Person names the text marks as a patient's or a relative's. A name has no shape of its own, and staff type them
 * in lowercase as often as not ("pt bill murphy"), so only a cue makes one:
 * - a word before it: "pt", "patient", "Mr.", "my mom", "named";
 * - what follows it: a record number, a birth date, age/sex shorthand ("Jane Doe 67F", "gonzalez 4471920");
 * - a relative after it: "Yolanda Pierce's wife";
 * - in a message that is about a patient, "for", "re:", "about" or a parenthesis before it ("re: castillo.").
 * A word is taken as a name only when it is not an ordinary word (words.ts). A name with no cue at all ("is Jane
 * Doe a good fit for...") is not found: the docs say so.
 */
import type { Span } from './patterns.ts';
import { isOrdinaryWord } from './words.ts';

type Token = { text: string; start: number; end: number };

const TOKENS = /[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]\.?|\d[\w/.-]*|[^\s\w]/g;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKENS.lastIndex = 0;
  for (let m = TOKENS.exec(text); m !== null; m = TOKENS.exec(text))
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

const lower = (t: Token | undefined) => t?.text.toLowerCase().replace(/\.$/, '') ?? '';

const TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'mister']);
const PATIENT = new Set(['pt', 'pts', 'patient', 'client', 'resident']);
const RELATIVES = new Set(
  'mom mother dad father son daughter wife husband grandma grandmother grandpa grandfather granddaughter grandson aunt uncle brother sister cousin niece nephew spouse partner fiance fiancee stepmom stepdad stepson stepdaughter caregiver guardian'.split(
    ' ',
  ),
);
const NAMING = new Set(['named', 'called']);
/** Words between a cue and its name: "pt, John", "pt is John", "patient named John". */
const FILLERS = new Set([',', ':', '-', 'is', 'named', 'name']);
/** Words that mark what comes before them as a patient's: "smith mrn 123", "jones dob ...". */
const MARK_WORDS = new Set(['mrn', 'dob', 'ssn', 'acct', 'enc', 'fin', 'csn']);
/** Words before a name in a message about a patient: "a care manager for castillo.", "re: jones", "(Patel)". */
const ABOUT = new Set(['for', 're', 'about', '(']);
const MARK_KINDS = new Set(['record', 'ssn', 'age', 'phone', 'date']);

const POSSESSIVE = /['’]s$/;
const ACRONYM = /^[A-Z]{2,}$/;

/** Whether a token can be (part of) a name: a word, not an acronym ("CCM"), not an ordinary word. */
function nameLike(token: Token | undefined): boolean {
  if (!token || !/^[A-Za-z]/.test(token.text) || ACRONYM.test(token.text)) return false;
  if (token.text.length === 1) return false;
  return !isOrdinaryWord(token.text);
}

/** A name's span: the possessive "'s" stays out of it. */
const spanOf = (first: Token, last: Token): Span => ({
  start: first.start,
  end: POSSESSIVE.test(last.text) ? last.end - 2 : last.end,
  kind: 'name',
});

/** Up to three name-like tokens from index `i`, side by side; a possessive ends the name. */
function nameFrom(tokens: Token[], i: number): Span | null {
  let j = i;
  while (j < i + 3 && nameLike(tokens[j]) && (j === i || tokens[j]!.start === tokens[j - 1]!.end + 1)) {
    if (POSSESSIVE.test(tokens[j]!.text)) return spanOf(tokens[i]!, tokens[j]!);
    j++;
  }
  return j > i ? spanOf(tokens[i]!, tokens[j - 1]!) : null;
}

/** The index of the first token from `from` on that starts at or after `end` (a name spans a few tokens at most). */
function indexAfter(tokens: Token[], from: number, end: number): number {
  let i = from;
  while (i < tokens.length && tokens[i]!.start < end) i++;
  return i;
}

/** Up to two name-like tokens ending just before index `i`. */
function nameBefore(tokens: Token[], i: number): Span | null {
  let j = i;
  while (j > i - 2 && j > 0 && nameLike(tokens[j - 1])) j--;
  return j < i ? spanOf(tokens[j]!, tokens[i - 1]!) : null;
}

/** After a cue word: the name that follows it, past "," or "is". */
function afterCue(tokens: Token[], i: number): Span | null {
  let j = i + 1;
  if (tokens[j]?.text === '.') j++;
  for (let skipped = 0; skipped < 2 && FILLERS.has(lower(tokens[j])); skipped++) j++;
  return nameFrom(tokens, j);
}

/** "Dr Kowalski (the pt, not staff)": a doctor's name is staff's, unless the text says the doctor is the patient. */
function doctorAsPatient(tokens: Token[], i: number): Span | null {
  const name = afterCue(tokens, i);
  if (!name) return null;
  const after = indexAfter(tokens, i, name.end);
  return tokens.slice(after, after + 4).some((t) => PATIENT.has(lower(t))) ? name : null;
}

const isCue = (t: Token, next: Token | undefined) => {
  const word = lower(t);
  if (TITLES.has(word) || PATIENT.has(word) || RELATIVES.has(word)) return true;
  // "pt's husband walt" is the husband's name; "called now" is not a name: "called" must come with a capital.
  return NAMING.has(word) && next !== undefined && /^[A-Z]/.test(next.text);
};

/** The spans of every cued name in `text`, given the patterned identifiers found in it. */
export function nameSpans(text: string, identifiers: readonly Span[]): Span[] {
  const tokens = tokenize(text);
  const spans: Span[] = [];
  const add = (span: Span | null) => span && spans.push(span);
  const aboutPatient = identifiers.length > 0 || tokens.some((t) => PATIENT.has(lower(t)) || TITLES.has(lower(t)));
  const markStarts = new Set(identifiers.filter((s) => MARK_KINDS.has(s.kind)).map((s) => s.start));
  const marked = (t: Token) => MARK_WORDS.has(lower(t)) || markStarts.has(t.start);
  tokens.forEach((token, i) => {
    if (isCue(token, tokens[i + 1])) add(afterCue(tokens, i));
    if (lower(token) === 'dr') add(doctorAsPatient(tokens, i));
    if (marked(token)) add(nameBefore(tokens, i));
    if (POSSESSIVE.test(token.text) && RELATIVES.has(lower(tokens[i + 1]))) add(nameBefore(tokens, i + 1));
    if (aboutPatient && ABOUT.has(lower(token))) {
      const start = tokens[i + 1]?.text === ':' ? i + 2 : i + 1;
      const name = nameFrom(tokens, start);
      const after = name ? tokens[indexAfter(tokens, start, name.end)] : undefined;
      if (name && (!after || /^[.,;:)?!]$|^is$/.test(after.text))) add(name);
    }
  });
  return spans;
}
