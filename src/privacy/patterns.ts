/**
 * Patterned patient identifiers, as staff type them in a chat message. Each pattern finds spans of one kind; the
 * names (which need a cue, not a shape) are in names.ts. Plain data and regular expressions: no I/O.
 *
 * Every pattern is anchored on a shape no ordinary career question has (an @, three groups of digits, a cue word
 * like "MRN" or "bed" followed by a number), so that salaries ("$58,670"), durations ("2 years", "12-hour shifts"),
 * credentials ("CCM") and unit names ("4 West") stay as they are.
 */

export type IdentifierKind = 'name' | 'record' | 'date' | 'phone' | 'email' | 'ssn' | 'address' | 'room' | 'age';

export type Span = { start: number; end: number; kind: IdentifierKind };

/** A pattern of one kind; `group`, when set, is the capture group that is the identifier (its cue word is kept). */
type Pattern = { kind: IdentifierKind; re: RegExp; group?: number; keep?: (match: RegExpExecArray) => boolean };

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const YEAR = '(?:19|20)\\d{2}';

/** Words that say the number after them is a patient's record, account or insurance number. */
const RECORD_CUES =
  '(?:mrn|mr#|med(?:ical)? rec(?:ord)?s?(?: (?:number|no\\.?|num|#))?|rec(?:ord)? (?:number|no\\.?|num|#)|record|chart(?: (?:number|no\\.?|#))?|acct|account(?: (?:number|no\\.?|num|#))?|acc(?:t)? ?#|encounter(?: (?:number|no\\.?|#|id))?|visit(?: (?:number|no\\.?|#|id))|fin|csn|har|member(?: id| number| #)|medicare(?: (?:number|no\\.?|id|#))?|medicaid(?: (?:number|no\\.?|id|#))?|insurance(?: (?:id|number|no\\.?|#))|policy(?: (?:number|no\\.?|#))|patient (?:id|number|#)|pt (?:id|number|#)|case (?:number|no\\.?|#)|claim (?:number|no\\.?|#)|id(?: number| no\\.?| #)?)';

/** Words that say the number after them is where a patient lies. */
const ROOM_CUES = '(?:room|rm\\.?|bed|bay|bd\\.?|stretcher|cubicle)';

const STREET_SUFFIX =
  '(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|ct|court|way|pl|place|ter|terrace|cir|circle|pkwy|parkway|hwy|highway|trail|trl|sq|square|loop)';

/** Words of a sentence about time or work, never of a street's name: "3 years of drive" is no address. */
const NOT_STREET_WORDS = new Set(
  'a an the of in on at to for per and or with from by as is are be my our your their his her hours hour days day weeks week months month years year shifts shift more less than about over under'.split(
    ' ',
  ),
);

/** A salary or other round amount typed without "$" or commas ("100000 a year") is not a record number. */
const ROUND_AMOUNT = /^\d+000$/;

const PATTERNS: Pattern[] = [
  // Slack sends a typed address as <mailto:a@b.org|a@b.org>: the whole link goes.
  { kind: 'email', re: /<mailto:[^<>]*>/gi },
  // Started only where a run of address characters starts: a long run with no @ is read once, not once a dot.
  { kind: 'email', re: /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g },
  { kind: 'phone', re: /<tel:[^<>]*>/gi },
  // 123-45-6789, 123 45 6789; nine digits only after "SSN" or "social".
  { kind: 'ssn', re: /\b\d{3}([- ])\d{2}\1\d{4}\b/g },
  {
    kind: 'ssn',
    re: /\b(?:ssn|ss#|social(?: security)?(?: number| no\.?| #)?)\s*(?:is|:|#|-)?\s*((?:x{3}|\*{3}|\d{3})[- ]?(?:x{2}|\*{2}|\d{2})[- ]?\d{4}|\d{4})\b/gi,
    group: 1,
  },
  // (555) 123-4567, 555-123-4567, 555.123.4567, +1 555 123 4567, 1-800-555-0199, with an extension.
  {
    kind: 'phone',
    re: /(?:\+?1[-. ]?)?(?:\(\d{3}\)\s*|\b\d{3}[-. ])\d{3}[-. ]\d{4}\b(?:\s*(?:x|ext\.?|extension)\s*\d{1,5})?/gi,
  },
  // A local number, 555-0190: three digits, a dash or dot, four digits, and no more digits around.
  { kind: 'phone', re: /(?<![\w$./-])\d{3}[-.]\d{4}(?![\w./-]*\d)/g },
  {
    kind: 'phone',
    re: /\b(?:phone|cell|mobile|tel|call(?: (?:her|him|them|me))?(?: at)?|number is|text(?: (?:her|him|them))?(?: at)?)\s*(?:#|:|is)?\s*(\d{3}[-. ]\d{4}|\d{10})\b/gi,
    group: 1,
  },
  // Full dates: 3/14/1952, 03-14-52, 1952-03-14, March 14, 1952, 14 Mar 1952.
  { kind: 'date', re: /\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b/g },
  { kind: 'date', re: new RegExp(`\\b${YEAR}[/.-]\\d{1,2}[/.-]\\d{1,2}\\b`, 'g') },
  { kind: 'date', re: new RegExp(`\\b(?:${MONTHS})\\.? \\d{1,2}(?:st|nd|rd|th)?,? ${YEAR}\\b`, 'gi') },
  { kind: 'date', re: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTHS})\\.?,? ${YEAR}\\b`, 'gi') },
  // A birth date however partial, once it is said to be one: "DOB 3/14", "born March 1952", "d.o.b. 1952".
  {
    kind: 'date',
    re: new RegExp(
      `\\b(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date|born(?: on| in)?|b\\.)\\s*(?::|is|-)?\\s*((?:${MONTHS})\\.? \\d{1,2}(?:,? ${YEAR})?|(?:${MONTHS})\\.?,? ${YEAR}|\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|${YEAR})\\b`,
      'gi',
    ),
    group: 1,
  },
  // A record number after its cue: "MRN 1234567", "acct# 88-1234", "Medicare ID 1EG4-TE5-MK73".
  {
    kind: 'record',
    re: new RegExp(`\\b${RECORD_CUES}\\s*(?:is|:|#|-|=)?\\s*((?=[\\w-]*\\d)[A-Z0-9][A-Z0-9-]{3,}[A-Z0-9])\\b`, 'gi'),
    group: 1,
  },
  // "#1234567", and a bare long number (six or more digits, or letters with five or more) that is no amount.
  { kind: 'record', re: /(?<![\w$])#\s?\d{4,}\b/g },
  { kind: 'record', re: /(?<![\w$.,/-])\d{6,}(?![\w.,/-]*\d)(?![,.]\d)/g, keep: (m) => !ROUND_AMOUNT.test(m[0]) },
  {
    kind: 'record',
    // Letters and digits mixed ("E2231987", "1EG4-TE5-MK73"), read once per run of them.
    re: /(?<![\w-])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w-])/gi,
    keep: (m) => (m[0].match(/\d/g)?.length ?? 0) >= 5,
  },
  // Where a patient lies, with the word that says so: "room 412", "rm 412B", "bed 9", "bay 3", "room 4-12 bed 2".
  {
    kind: 'room',
    re: new RegExp(
      `\\b${ROOM_CUES}\\s*(?:#|:|no\\.?)?\\s*[A-Z]?\\d{1,4}[A-Z]?(?:-\\d{1,4}[A-Z]?)?(?:,? ${ROOM_CUES}\\s*#?\\s*[A-Z]?\\d{1,4}[A-Z]?)?\\b`,
      'gi',
    ),
  },
  // A unit and room written together: "4W-12", "5N-31", "3E-08" (a unit alone, "4 West", is no one's room).
  { kind: 'room', re: /\b\d{1,2}[NSEW]-\d{1,4}[A-Z]?\b/gi },
  // Age as charts write it: "67M", "45 m", "82 yo F", "79 y.o. female", "91yof", "84 yom", "70 y/o".
  {
    kind: 'age',
    // Not inside a code or an amount: "$1.5m", "1,5m", a terminal's "\u001b[31m".
    re: /(?<![\w$.,[;])\d{1,3}(?:\s?(?:y\/o|y\.o\.?|yo|yr\/o)(?:\s?(?:m|f|male|female)\b)?|\s?(?:yrs?|years?)[- ]old\s(?:m|f|male|female|man|woman)\b|\s?(?:yom|yof)\b|\s?[mf])(?![\w/'’-])/gi,
  },
  // A street address: "123 Main St", "45 N. Oak Avenue Apt 3", with city, state and ZIP when they follow.
  {
    kind: 'address',
    re: new RegExp(
      `\\b\\d{1,6}(?: [NSEW]\\.?| north| south| east| west)? (?:[A-Z][a-z]+|\\d{1,3}(?:st|nd|rd|th)|[a-z]{3,})(?: [A-Za-z][a-z]+){0,2} ${STREET_SUFFIX}\\b\\.?(?:,? (?:apt|apartment|unit|#|suite|ste)\\.? ?[A-Z0-9-]+)?`,
      'gi',
    ),
    keep: (m) => !m[0].split(/[ ,.]+/).some((word) => NOT_STREET_WORDS.has(word.toLowerCase())),
  },
  { kind: 'address', re: /\b(?:p\.?\s?o\.? box|post office box) \d+\b/gi },
  // A city, state and ZIP: "Springfield, IL 62704".
  { kind: 'address', re: /\b(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+,? [A-Z]{2},? \d{5}(?:-\d{4})?\b/g },
];

/** The spans of every patterned identifier in `text`; they may overlap (redact.ts merges them). */
export function patternSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const { kind, re, group, keep } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (keep && !keep(m)) continue;
      const part = group ? m[group] : m[0];
      if (!part) continue;
      const start = group ? m.index + m[0].lastIndexOf(part) : m.index;
      spans.push({ start, end: start + part.length, kind });
    }
  }
  return spans;
}
