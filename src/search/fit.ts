/**
 * "Which one fits me" (LABELLING.md convention 7): a choice between the roles weighed for the asker ("I'm pretty
 * introverted, which one would suit me more?", "which of these is a better fit for someone like me", "would case or
 * care management be better if I want regular hours?"). It is about the pair, whatever else it names, and what it asks
 * is the trait the asker names; the words that weigh the choice ("suit me", "a better fit for someone like") only frame
 * it: they are grammar, read as understood, and no topic's evidence.
 *
 * English's grammar of it, over a sentence's stemmed tokens: a choice between the roles (a "which" that chooses, or our
 * two roles set side by side), a word that weighs fitness (`FITTING`), and the one it is weighed for (`FOR_WHOM`).
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
  'better',
  'best',
  'right',
]);
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
  ...FOR_WHOM,
]);
/** After "which", the words that make it choose between things already named, not among a noun's ("which *cert*"). */
const WHICH_CHOOSES = new Set(['one', '1', 'of', 'is', 'are', 'would', 'should', 'could', 'will', 'do', 'does', 'can']);
/** After "which of", the pair as a pronoun: "which of *these*", "which of *the* two", "which of *them*". */
const OF_THE_PAIR = new Set(['these', 'those', 'them', 'the', 'you', 'both']);
/** Words that set two things side by side as alternatives: "case *or* care manager", "X *vs* Y". */
const ALTERNATIVES = new Set(['or', 'vs', 'versus']);

/**
 * Whether the tokens hold a "which" that chooses between things already named ("which one", "which of these"); `chooses(i)`:
 * whether a phrase of the lists that chooses between the roles starts at i ("which role", "which career").
 */
function whichChooses(tokens: readonly string[], chooses: (i: number) => boolean): boolean {
  return tokens.some((token, i) => {
    if (token !== 'which') return false;
    if (chooses(i)) return true;
    const next = tokens[i + 1] ?? '';
    if (next === 'of') return OF_THE_PAIR.has(tokens[i + 2] ?? '');
    return WHICH_CHOOSES.has(next) || FITTING.has(next) || next === '';
  });
}

/** What a sentence's tokens say of where its roles are named and where a phrase of the lists chooses between them. */
export type ChoiceMarks = { role: (i: number) => boolean; chooses: (i: number) => boolean };

/**
 * Whether a sentence chooses between the roles: a "which" that chooses between things already named, or our two roles
 * set side by side ("would case or care management be better"). A choice between other things named side by side
 * ("coffee or tea, which is better") is theirs.
 */
export function choosesBetween(tokens: readonly string[], { role, chooses }: ChoiceMarks): boolean {
  const roles = tokens.map((_, i) => role(i));
  const set = tokens.findIndex((token) => ALTERNATIVES.has(token));
  const ourPair = set > 0 && roles.slice(0, set).some(Boolean) && roles.slice(set + 1).some(Boolean);
  if (set > 0 && !ourPair) return false;
  return ourPair || whichChooses(tokens, chooses);
}

/**
 * Whether a sentence that chooses between the roles weighs the choice for the asker: a word of fitting, or the one
 * weighed for after "for" ("which one's for me").
 */
export const weighsFit = (tokens: readonly string[]) =>
  tokens.some((_, i) => fittingAt(tokens, i) || forMeAt(tokens, i));

/** A word of fitting at i: "suit", "a better fit", or "go" choosing ("go with", "go for"). */
const fittingAt = (tokens: readonly string[], i: number) =>
  FITTING.has(tokens[i]!) || (tokens[i] === GO && GONE_FOR.has(tokens[i + 1] ?? ''));

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
/** Determiners: after one, a served noun before another noun is whose it is ("a patient's overall care"), no compound. */
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'his', 'her', 'their', 'our', 'your', 'each', 'every']);

/**
 * Whether a sentence names the people the roles serve as the company of the work, "with patients" ("which one works
 * more directly *with patients*", "I want to stay hands-on *with people*"), or as what the work is of or faces, before
 * a word no phrase of ours reads ("more *patient contact*", "*patient-facing*", "direct *patient care*"): how the roles
 * work with them is asked. `free(i)`: whether token i is a content word no phrase of ours reads, so "*patient
 * experience*" is still the experience asked.
 */
export function namesCompany(tokens: readonly string[], free: (i: number) => boolean): boolean {
  return tokens.some((token, i) => {
    if (!SERVED.has(token)) return false;
    const before = tokens.slice(Math.max(0, i - COMPANY_WITHIN - 1), i);
    const compound = i + 1 < tokens.length && free(i + 1) && !DETERMINERS.has(tokens[i - 1] ?? '');
    return before.some((t) => WITH.has(t)) || compound;
  });
}
