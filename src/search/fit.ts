/**
 * "Which one fits me" (LABELLING.md convention 7): a choice between the roles weighed for the asker ("I'm pretty
 * introverted, which one would suit me more?", "which of these is a better fit for someone like me", "would case or
 * care management be better if I want regular hours?"). It is about the pair, whatever else it names, and what it asks
 * is the trait the asker names; the words that weigh the choice ("suit me", "a better fit for someone like") only frame
 * it: they are grammar, read as understood, and no topic's evidence.
 *
 * English's grammar of it, over a sentence's stemmed tokens: a choice between the roles (a "which" that chooses, or our
 * two roles set side by side) and a word that weighs fitness (`FITTING`, `FIT_ADJECTIVES` as predicates) or whom the
 * choice is for after "for" (`FOR_ME`).
 */

/** Verbs and adjectives of English that weigh how one of several suits someone, stemmed as normalize.ts stems. */
const FITTING = new Set([
  'suit',
  'suited',
  'suitable',
  'fit',
  'fitting',
  'match',
  'pick',
  'choose',
  'prefer',
  'recommend',
  'enjoy',
  // "makes more sense for me", "sounds more like me".
  'sense',
  'sound',
]);
/**
 * Adjectives that weigh fitness as a predicate or before a noun of choosing ("which is *better*", "a *better* fit", "the
 * *best* pick for me", "*better* if I want regular hours"), not as an adverb of a verb that is asked ("which *pays
 * better*": the pay).
 */
const FIT_ADJECTIVES = new Set(['better', 'best', 'right']);
/** Before such an adjective, the copula, an article or a modal's "be": "*is* better", "*a* better fit". */
const PREDICATING = new Set(['is', 'are', 'be', 'a', 'an', 'the', 'more', 'most']);
/** After it, what it weighs: "better *for*", "a better *fit*", "the best *pick*", "better *if* I want". */
const WEIGHED = new Set(['for', 'fit', 'match', 'pick', 'choice', 'option', 'if', 'when']);
/** Whom a choice is weighed for: the asker ("me", "I") or someone of a kind ("someone like me", "a person who"). */
const FOR_WHOM = new Set(['i', 'me', 'my', 'myself', 'im', 'id', 'someone', 'somebody', 'person']);
/** "go for", "go with": English's phrasal verbs of choosing one of several ("which one should I *go with*"). */
const GO = 'go';
const GONE_FOR = new Set(['for', 'with']);
/** "which one's for me", "which is for someone like me": the one weighed for, after "for", with no verb of fitting. */
const FOR_ME = new Set(['me', 'someone', 'somebody']);
/**
 * The grammar words around a verb of fitting that belong to its frame: modals and the copula, articles, degree and
 * comparison, whom it is weighed for and a pointer at what the asker said ("which role fits *that* better").
 */
const FRAME_GRAMMAR = new Set([
  // The light verb of "make sense", "make a good fit".
  'make',
  'would',
  'could',
  'should',
  'will',
  'be',
  'is',
  'are',
  'am',
  'a',
  'an',
  'the',
  'more',
  'most',
  'for',
  'like',
  'who',
  'that',
  'this',
  'you',
  'u',
  ...FITTING,
  ...FIT_ADJECTIVES,
  ...FOR_WHOM,
]);
/** After "which", the words that make it choose between things already named, not among a noun's ("which *cert*"). */
const WHICH_CHOOSES = new Set(['one', '1', 'of', 'is', 'are', 'would', 'should', 'could', 'will', 'do', 'does', 'can']);
/** After "which of", the pair as a pronoun: "which of *these*", "which of *the* two", "which of *them*". */
const OF_THE_PAIR = new Set(['these', 'those', 'them', 'the', 'you', 'both']);
/** Comparatives: "which *pays more*", "which *needs less* school": the word between is a verb, what is chosen is named. */
const COMPARATIVES = new Set(['more', 'less', 'better', 'most', 'least', 'best', 'higher', 'lower']);
/** Words that set two things side by side as alternatives: "case *or* care manager", "X *vs* Y". */
const ALTERNATIVES = new Set(['or', 'vs', 'versus']);

/**
 * Whether the tokens hold a "which" that chooses between things already named ("which one", "which of these"), not
 * among the things a noun after it names ("which cert", "which of those *places*"), or a "who" asked with a comparative.
 */
function whichChooses(tokens: readonly string[], { chooses, term }: ChoiceMarks): boolean {
  return tokens.some((token, i) => {
    // "who makes more", "who is better": "who" before a verb and a comparative chooses between the people named, as
    // "which pays more" does; with nobody named, between our roles.
    if (token === 'who') return COMPARATIVES.has(tokens[i + 2] ?? '');
    if (token !== 'which') return false;
    if (chooses(i)) return true;
    const next = tokens[i + 1] ?? '';
    if (next === 'of') return OF_THE_PAIR.has(tokens[i + 2] ?? '') && !term(i + 3);
    const verb = COMPARATIVES.has(tokens[i + 2] ?? '');
    return WHICH_CHOOSES.has(next) || FITTING.has(next) || FIT_ADJECTIVES.has(next) || next === '' || verb;
  });
}

/** What a sentence's tokens say of where its roles are named and where a phrase of the lists chooses between them. */
export type ChoiceMarks = {
  role: (i: number) => boolean;
  /** Whether a phrase of the lists that chooses between the roles starts at i ("which role", "which career"). */
  chooses: (i: number) => boolean;
  /** Whether a topic's term starts at i: a noun of ours ("which of those *skills*"). */
  term: (i: number) => boolean;
};

/**
 * Whether a sentence chooses between the roles: a "which" that chooses between things already named, or our two roles
 * set side by side ("would case or care management be better"). A choice between other things named side by side
 * ("coffee or tea, which is better") is theirs.
 */
export function choosesBetween(tokens: readonly string[], marks: ChoiceMarks): boolean {
  const { role } = marks;
  const set = tokens.findIndex((token) => ALTERNATIVES.has(token));
  // Where the roles are is asked only of a sentence that sets things side by side.
  const ourPair =
    set > 0 && tokens.slice(0, set).some((_, i) => role(i)) && tokens.slice(set + 1).some((_, i) => role(set + 1 + i));
  if (set > 0 && !ourPair) return false;
  return ourPair || whichChooses(tokens, marks);
}

/**
 * Whether a sentence that chooses between the roles weighs the choice for the asker: a word of fitting, or the one
 * weighed for after "for" ("which one's for me").
 */
export const weighsFit = (tokens: readonly string[]) =>
  tokens.some((_, i) => fittingAt(tokens, i) || forMeAt(tokens, i));

/** A word of fitting at i: "suit", "a better fit", or "go" choosing ("go with", "go for"). */
function fittingAt(tokens: readonly string[], i: number): boolean {
  const token = tokens[i]!;
  if (FIT_ADJECTIVES.has(token))
    return PREDICATING.has(tokens[i - 1] ?? '') || WEIGHED.has(tokens[i + 1] ?? '') || tokens[i - 1] === 'which';
  return FITTING.has(token) || (token === GO && GONE_FOR.has(tokens[i + 1] ?? ''));
}

/** "for me", "for someone": whom a choice is weighed for, after "for". */
const forMeAt = (tokens: readonly string[], i: number) => tokens[i] === 'for' && FOR_ME.has(tokens[i + 1] ?? '');

/**
 * The tokens of a sentence that weighs a fit (weighsFit) which only frame the choice: each word of fitting and the
 * grammar words next to it, outwards, and "for me"/"for someone". What is left names the trait.
 */
export function fitFrame(tokens: readonly string[]): Set<number> {
  const frame = new Set<number>();
  tokens.forEach((_, i) => {
    if (!fittingAt(tokens, i) && !forMeAt(tokens, i)) return;
    frame.add(i);
    if (tokens[i] === GO) frame.add(i + 1);
    for (let j = i - 1; j >= 0 && FRAME_GRAMMAR.has(tokens[j]!) && tokens[j - 1] !== 'which'; j -= 1) frame.add(j);
    for (let j = i + 1; j < tokens.length && FRAME_GRAMMAR.has(tokens[j]!); j += 1) frame.add(j);
  });
  return frame;
}

/**
 * English's nouns for the people the roles serve: the article's "patients" and "clients" (both roles "work with
 * patients"), their families, and everyday "people". How directly a role works with them is the first thing the job
 * duties say of each ("indirect care", "work closely with their patients").
 */
const SERVED = new Set(['patient', 'pt', 'client', 'family', 'people', 'person']);
/** Words that may stand between "with" and whom it names: "with *their* patients", "with *the actual* patients". */
const COMPANY_WITHIN = 2;
/** "with", and "w" as "w/" is typed for it. */
const WITH = new Set(['with', 'w']);

/** Words before a served noun that make it part of another noun phrase: whose ("*a* patient's care") or of what kind. */
const NOT_COMPOUND = new Set(['a', 'an', 'the', 'my', 'his', 'her', 'their', 'our', 'your', 'each', 'every', 'of']);

/** What a sentence's tokens say of each word, for reading whom the work is with (namesCompany). */
export type CompanyMarks = {
  /** Whether a phrase of ours (a term, a role, a job) starts at token i. */
  phrase: (i: number) => boolean;
  /** Whether a term of ours is the one word at token i ("*experience* with patients"). */
  term: (i: number) => boolean;
  /** Whether token i is a content word: no grammar word, no number. */
  content: (i: number) => boolean;
  /** Whether token i is the head word of a job's title ("patient *advocate*": a job, not the patients' company). */
  jobHead: (i: number) => boolean;
  /** Whether token i is a quality the asker names or asks of a role ("I'm *awkward*", "need to be *direct*"). */
  quality: (i: number) => boolean;
};

/** Words of degree between a word and "with" that it still governs: "works *more* directly with patients". */
const DEGREE = new Set(['more', 'most', 'less', 'much', 'so', 'very']);
/**
 * Prepositions: a word before one is a verb or a noun with a complement of its own ("people *going into*", "patient
 * care *from* an office"), no compound with the served noun before it.
 */
const PREPOSITIONS = new Set(['into', 'to', 'for', 'in', 'on', 'at', 'from', 'with', 'about', 'through', 'by']);

/** "the one who", "the ones that": a definite description, which says which role is meant rather than asking of it. */
const RELATIVES = new Set(['who', 'that']);
const describes = (tokens: readonly string[], at: number) => {
  const relative = tokens.slice(0, at).findLastIndex((t) => RELATIVES.has(t));
  return relative >= 2 && tokens[relative - 1] === 'one' && tokens[relative - 2] === 'the';
};

/** Question words that ask for something of their own ("*where* do they meet with patients"), not which of several. */
const ASKS_OTHER = new Set(['what', 'whats', 'where', 'how', 'when', 'why']);

/**
 * Whether a sentence names the people the roles serve as the company of the work, "with patients" ("which one works
 * more directly *with patients*", "I want to stay hands-on *with people*"), or as what a noun of the facts is of ("more
 * *patient contact*", "*patient-facing*"): how the roles work with them is asked, in a choice, a yes-or-no
 * question or a statement, not when a question word asks for something else ("*how much* do they make working with
 * patients", "*where* do they meet with patients"). Not as the complement of a term or a quality ("*experience* with
 * patients", "awkward *with people*", "need to be direct *with patients*": they are asked), nor in a description
 * saying which role is meant ("which is which: *the one who* works one-on-one with clients, or ..."), nor inside a
 * phrase of ours or a job's title ("patient navigator", "patient advocate"), nor whose or of what kind ("a patient's
 * care", "years of direct patient care").
 */
export function namesCompany(tokens: readonly string[], marks: CompanyMarks): boolean {
  if (tokens.some((token) => ASKS_OTHER.has(token))) return false;
  return tokens.some((token, i) => {
    if (!SERVED.has(token) || marks.phrase(i)) return false;
    const withAt = tokens.slice(0, i).findLastIndex((t) => WITH.has(t));
    let head = withAt - 1;
    while (head >= 0 && DEGREE.has(tokens[head]!)) head -= 1;
    const complement = marks.term(head) || marks.quality(head);
    const company = withAt >= 0 && withAt >= i - COMPANY_WITHIN - 1 && !complement && !describes(tokens, withAt);
    const kind = tokens.slice(Math.max(0, i - COMPANY_WITHIN), i).some((t) => NOT_COMPOUND.has(t));
    const noun =
      marks.content(i + 1) && !marks.phrase(i + 1) && !marks.jobHead(i + 1) && !PREPOSITIONS.has(tokens[i + 2] ?? '');
    return company || (!kind && noun);
  });
}

/** Whether a sentence names any of those served at all: where namesCompany can find company (a fast exit). */
export const namesServed = (tokens: readonly string[]) => tokens.some((token) => SERVED.has(token));
