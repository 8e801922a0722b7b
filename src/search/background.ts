/**
 * The asker's own past, said by English's grammar whatever it names: "I was *a combat medic*", "my years as *a hospice
 * volunteer*", "*68W* here", "6 yrs *army*", "my *LPN* years". A job, a training, a unit, a country's service: what
 * the words are does not matter, only where they stand. Such words are who is asking, not what is asked: they neither
 * decline the question as another job nor are asked of a role, and "does that count" asks whether they count.
 */

/** A run of a sentence's tokens, from `start` up to `end` (not included). */
export type Span = { start: number; end: number };

/** What reading the spans needs to know of a token: whether it is a phrase of ours that is no job, a verb of counting. */
export type SpanReader = {
  /** Whether a phrase of the knowledge other than a job starts at the token (a role, a term): it ends the span. */
  ours: (i: number) => boolean;
  /** Whether the token is grammar (a stopword, a joiner, a number). */
  grammar: (token: string) => boolean;
  /** Whether the token is a verb asking whether something counts ("count", "qualify"): what the past is asked. */
  counting: (token: string) => boolean;
  /** Whether the token opens a question ("do", "which", "can"): a new clause, not more of a noun phrase. */
  opener: (token: string) => boolean;
  /**
   * Whether the token can end a title: a job's head noun or phrase, one of ours ("RN"), an initialism typed in capitals
   * or a code with a digit ("68W"). "ICU burnout here" says how the asker is, not who.
   */
  titleHead: (i: number) => boolean;
};

/**
 * The words an asker says they are or were, before "a"/"an": "I'm *a* ...", "I was *an* ...", "been *a* ...". Without
 * the article "I'm" is followed by a quality ("I'm blunt") or a state ("im 55", "im burnt out"), which are no past.
 */
const BEING = new Set(['im', 'am', 'was', 'wa', 'been']);
/** Words that make what follows the asker's past without an article: "*former* firefighter", "*ex* army medic". */
const FORMER = new Set(['former', 'ex', 'retired']);
/** What a career is made of, before "as" ("my *years* as a ...") or after a title ("my LPN *years*"), stemmed. */
export const SPENT = new Set(['experience', 'time', 'year', 'yr', 'background', 'worked']);
/** A number of a unit of time before what was spent in it: "6 yrs *army*", "12 yrs *retail*". */
const TIME_UNITS = new Set(['year', 'yr', 'month']);
/** "here" after a title opening the message says who is speaking: "*68W* here", "*travel RN* here". */
const SPEAKING = 'here';
/** Words that join two titles of one past: "CNA *then* LPN", "firefighter *and* EMT". */
const JOINED = new Set(['then', 'and', 'or', 'plus']);
/**
 * The most words a title of the asker's may run to ("respiratory therapist", "home health aide"): longer runs into the
 * rest of the sentence; shorter cuts a title's modifier off.
 */
const MAX_TITLE_WORDS = 3;
/** Before "as", the words that make what follows the job aimed at, or a likeness: "work as a", "the same as a". */
const NOT_PAST_AS = new Set(['work', 'working', 'become', 'becoming', 'hired', 'job', 'same', 'such', 'well']);

/** The spans of a sentence's tokens that name the asker's own past. */
export function backgroundSpans(tokens: readonly string[], reader: SpanReader): Span[] {
  const spans: Span[] = [];
  for (const start of titleStarts(tokens)) {
    const span = titleFrom(tokens, start, reader);
    if (span && !spans.some((s) => s.start <= span.start && span.start < s.end)) spans.push(span);
  }
  // The whole introduction is the asker's, our words in it too ("*travel RN* here"): nothing in it is asked.
  const speaking = tokens.indexOf(SPEAKING);
  const introduces = speaking > 0 && speaking <= MAX_TITLE_WORDS && reader.titleHead(speaking - 1);
  if (introduces && !tokens.slice(0, speaking).some(reader.grammar)) spans.push({ start: 0, end: speaking });
  return spans;
}

/**
 * Whether a sentence may name the asker's past at all: a place a title may begin, the introduction's word, or the
 * asker in the first person (schoolingSpans). Without any, backgroundSpans and schoolingSpans find nothing.
 */
export const mayNamePast = (tokens: readonly string[]): boolean =>
  tokens.includes(SPEAKING) || tokens.some((token) => FIRST_PERSON.has(token)) || titleStarts(tokens).length > 0;

/** Where a title of the asker's may begin: after a word of being and an article, "former", "as", a spent time. */
function titleStarts(tokens: readonly string[]): number[] {
  const starts: number[] = [];
  tokens.forEach((token, i) => {
    const article = tokens[i + 1] === 'a' || tokens[i + 1] === 'an';
    if (BEING.has(token) && article) starts.push(i + 2);
    else if (FORMER.has(token)) starts.push(i + 1);
    else if (token === 'as' && SPENT.has(tokens[i - 1] ?? '') && !NOT_PAST_AS.has(tokens[i - 2] ?? ''))
      starts.push(article ? i + 2 : i + 1);
    else if (/^\d+$/.test(token) && TIME_UNITS.has(tokens[i + 1] ?? '') && tokens[i + 2] !== 'as') starts.push(i + 2);
    else if (token === 'my' && spentAfter(tokens, i + 1)) starts.push(i + 1);
  });
  return starts;
}

/** Whether a word of a spent career follows a short title: "my *LPN* years", "my *corpsman* time". */
function spentAfter(tokens: readonly string[], from: number): boolean {
  for (let k = from + 1; k <= from + MAX_TITLE_WORDS && k < tokens.length; k += 1)
    if (SPENT.has(tokens[k]!)) return true;
  return false;
}

/**
 * The title from `start`: its words up to grammar, a word of a spent career, a verb of counting or a number, with a
 * second title joined to it ("CNA then LPN"); null when it has none, or when a phrase of ours that is no job goes on
 * with it (its words then only modify ours).
 */
function titleFrom(tokens: readonly string[], start: number, reader: SpanReader): Span | null {
  let end = start;
  const titleWord = (k: number) => titleWordAt(tokens, k, reader);
  while (end - start < MAX_TITLE_WORDS && titleWord(end)) end += 1;
  // Words right before one of ours only say which of ours: "3 yrs *med-surg* RN experience", "a *travel* nurse".
  const next = tokens[end] ?? '';
  const modifies = reader.ours(end) && !reader.opener(next) && !reader.counting(next) && !SPENT.has(next);
  if (end === start || modifies) return null;
  if (JOINED.has(tokens[end] ?? '') && titleWord(end + 1)) {
    end += 1;
    while (end - start < 2 * MAX_TITLE_WORDS && titleWord(end)) end += 1;
  }
  return { start, end };
}

/** Whether a token is inside one of the spans. */
export const inSpans = (spans: readonly Span[], i: number) => spans.some(({ start, end }) => start <= i && i < end);

/**
 * The asker, or a person the asker describes, as whom a choice is for: "suits *me*", "fit for someone like *me*", "fits
 * *my* background", "better for *someone* who'd rather work behind the scenes".
 */
const ASKER = new Set(['me', 'my', 'myself', 'i', 'someone', 'somebody', 'person']);
/** What a choice may be for instead of the asker by name: what the asker just said ("which role fits *that* better"). */
const SAID_BEFORE = new Set(['that', 'this', 'those', 'these', 'it']);
/** How many words after a word of choosing the asker may come: "better fit *for someone like me*". */
const ASKER_REACH = 5;
/**
 * Right after "which", the words that make the choice one between the roles discussed: "which *one*", "which *of*
 * these", "which *role*", "which *would*" (a pronoun before a verb: the `opener` of a question). "which pizza place"
 * chooses among pizza places.
 */
const AMONG_ROLES = new Set(['one', 'of', 'role', 'job', 'career', 'path', 'position', 'option']);
/** Words a choice between the roles is weighed with, stemmed, beside the lists' "better" and "fit": "makes more *sense*". */
const WEIGHED = new Set(['sense', 'sound']);

/**
 * Whether a "which" question weighs its choice for the asker ("which of these is a better fit for someone like me",
 * "which role would make more sense for me", "which role fits that better" after saying who they are): the asker's
 * own past or traits are what the roles are weighed against. `choosing` holds the words of choosing ("better", "fit");
 * `opener` tells a verb of a question, after which "which" is a pronoun ("which *would* suit me").
 */
export function choosesForAsker(
  tokens: readonly string[],
  choosing: ReadonlySet<string>,
  opener: (token: string) => boolean,
): boolean {
  const which = tokens.indexOf('which');
  const chosen = tokens[which + 1] ?? '';
  // Alternatives of its own ("..., pepperoni or cheese") are what it chooses between.
  if (which < 0 || !(AMONG_ROLES.has(chosen) || opener(chosen)) || tokens.includes('or')) return false;
  return tokens.some((token, at) => {
    if (at <= which || !(choosing.has(token) || WEIGHED.has(token))) return false;
    const after = tokens.slice(at + 1, at + 1 + ASKER_REACH);
    return after.some((word) => ASKER.has(word)) || SAID_BEFORE.has(after[0] ?? '');
  });
}

/**
 * English's nouns for a schooling one holds, as the lists read them ("bachelors" is "bachelor", "BSN" a "degree"): the
 * kind of what is held, which says nothing of its field.
 */
export const SCHOOLING_HELD = new Set([
  'degree',
  'bachelor',
  'master',
  'associate',
  'diploma',
  'doctorate',
  'certificate',
]);

/** Words by which the asker speaks of themselves: a schooling in a sentence with one of them is theirs. */
const FIRST_PERSON = new Set(['i', 'me', 'my', 'im', 'ive', 'id', 'myself']);
/** Words that may open the noun phrase of a schooling before its field: "*an* accounting bachelors", "*my* psych degree". */
const SCHOOLING_DETERMINERS = new Set(['a', 'an', 'my', 'the']);
/** Words between a schooling and its field: "a bachelors *in* criminal justice", "my degree *is in* sociology". */
const FIELD_OF = ['in', 'is in', 'was in', 'are in'].map((words) => words.split(' '));

/**
 * The fields of the asker's own schooling ("my degree is in *sociology*", "a bachelors in *criminal justice*", "an
 * *accounting* bachelors"), in a sentence where the asker speaks of themselves: `schooling` tells a word read as a
 * degree one holds. A field of ours ("a *nursing* degree") is read as ours, as a title's words are.
 */
export function schoolingSpans(
  tokens: readonly string[],
  reader: SpanReader & { schooling: (i: number) => boolean },
): Span[] {
  if (!tokens.some((token) => FIRST_PERSON.has(token))) return [];
  return tokens.flatMap((_, i) => {
    if (!reader.schooling(i)) return [];
    const of = FIELD_OF.find((words) => words.every((word, k) => tokens[i + 1 + k] === word));
    const after = of ? titleFrom(tokens, i + 1 + of.length, reader) : null;
    let start = i;
    while (start > 0 && i - start < MAX_TITLE_WORDS && titleWordAt(tokens, start - 1, reader)) start -= 1;
    const before = start < i && SCHOOLING_DETERMINERS.has(tokens[start - 1] ?? '') ? { start, end: i } : null;
    return [after, before].filter((span): span is Span => span !== null);
  });
}

/** Whether the token may be a word of a title or a field: no grammar, no phrase of ours, no spent time or counting. */
const titleWordAt = (tokens: readonly string[], k: number, reader: SpanReader) =>
  k >= 0 &&
  k < tokens.length &&
  !reader.grammar(tokens[k]!) &&
  !reader.ours(k) &&
  !SPENT.has(tokens[k]!) &&
  !reader.counting(tokens[k]!);

/** Subjects of a yes-or-no question that ask about the asker or what they said: "could *I* be", "does *that* work". */
const ASKER_SUBJECTS = new Set(['i', 'that', 'this', 'it', 'my']);

/**
 * Whether a yes-or-no question asks of the asker or of what they said ("could I be a care manager", "would that get me
 * into care management", "does that work"): right after its opener, the asker or a pointer, and no question word
 * before ("what would I need" asks for something). `opener` tells a verb that opens a yes-or-no question, `wh` a
 * question word.
 */
export function asksOfAsker(
  tokens: readonly string[],
  opener: (token: string) => boolean,
  wh: (token: string) => boolean,
): boolean {
  const at = tokens.findIndex((token, i) => opener(token) && ASKER_SUBJECTS.has(tokens[i + 1] ?? ''));
  return at >= 0 && !tokens.slice(0, at).some(wh);
}

/**
 * English's adverbs of immediacy, stemmed: "go *straight* into", "start *right away*", "apply *yet*", "*directly*".
 * Asked whether one can do something so, they ask whether it needs time first.
 */
const IMMEDIATELY = new Set(['straight', 'directly', 'immediately', 'straightaway', 'yet']);
/** Two-word adverbs of immediacy: "right away", "right after". */
const IMMEDIATELY_PAIRS = [
  ['right', 'away'],
  ['right', 'after'],
  ['right', 'now'],
];
/** The modals that ask whether something is possible: "*can* I start", "*could* they go". */
const POSSIBLE = new Set(['can', 'could', 'may']);

/**
 * Whether a question asks if someone can start at once ("can a new grad BSN go *straight* into case management", "could
 * I apply for case manager jobs *yet*", "can I start as a case manager *right away*"): a modal of possibility opening a
 * yes-or-no question, and an adverb of immediacy after it. What the asker has just finished (a degree, an exam) is who
 * asks; what is asked is whether the role needs time first, which is its experience.
 */
export function startsNow(tokens: readonly string[]): boolean {
  const at = tokens.findIndex((token) => POSSIBLE.has(token));
  if (at < 0) return false;
  const after = tokens.slice(at + 1);
  return (
    after.some((token) => IMMEDIATELY.has(token)) ||
    IMMEDIATELY_PAIRS.some(([first, second]) => after.some((token, k) => token === first && after[k + 1] === second))
  );
}

/**
 * Words right before a role that make it what someone would become, not whom they deal with: "be a", "become a",
 * "work *as* a", "go *into* case management", "switch *to*", "do case management". "work *with* case managers",
 * "supervise a case manager" have the role as a person the subject deals with.
 */
const BECOMING = new Set(['be', 'become', 'as', 'into', 'to', 'in', 'do']);
/** Articles between the word of becoming and the role: "become *a* care manager". */
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Whether another job is asked whether it can become one of our roles ("can a surgical tech go into case management",
 * "could medical assistants be care managers"): a modal of possibility, then the job (`jobBefore` tells whether one is
 * named before a token), then a word of becoming right before the role starting at `roleAt`. Its schooling is what
 * decides it, as the role's minimum degree does.
 */
export function candidateJob(tokens: readonly string[], roleAt: number, jobBefore: (i: number) => boolean): boolean {
  const possible = tokens.findIndex((token) => POSSIBLE.has(token));
  if (possible < 0 || roleAt <= possible) return false;
  let link = roleAt - 1;
  while (link > possible && ARTICLES.has(tokens[link]!)) link -= 1;
  return BECOMING.has(tokens[link] ?? '') && jobBefore(link);
}
