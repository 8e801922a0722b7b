import type { KnowledgeBase, TopicId } from '../knowledge/schema.ts';
import { analyze, WH_WORDS, YES_NO_OPENERS } from './analyze.ts';
import type { Lexicon } from './lexicon.ts';
import { stem, tokenize } from './normalize.ts';

/**
 * A question a topic's summary says it answers, read through the lexicon: "who they work for" (the definition's) is
 * "who" with the term "setting" ("work for"). A question asked with the same question word and those terms asks what
 * that summary answers, whatever the terms' own topics: "who do care managers work for?" is the definition, not the
 * work setting, though "work for" alone speaks of a setting ("can case managers work for insurance companies").
 */
export type SummaryQuestion = {
  topic: TopicId;
  wh: string;
  terms: readonly string[];
  /**
   * The verb and the preposition the question word is the object of, when the clause ends on a preposition ("who they
   * *work for*"): a party named in that slot ("does she work for *the hospital*") asks the same question of it.
   */
  slot?: readonly [string, string];
};

/** The summaries' clauses that open with a question word and name at least one term. */
export function summaryQuestions(
  kb: KnowledgeBase,
  lexicon: Lexicon,
  correct: (word: string) => string | null,
): SummaryQuestion[] {
  const found: SummaryQuestion[] = [];
  for (const topic of Object.values(kb.topics)) {
    // "What each role is, who they work for, and how they support patients": a clause between commas or after "and".
    for (const clause of topic.summary.split(/,|;|\band\b/)) {
      const wh = tokenize(clause)[0];
      if (wh === undefined || !WH_WORDS.has(wh)) continue;
      const terms = analyze(clause, lexicon, correct).concepts.flatMap((c) => (c.kind === 'term' ? [c.term] : []));
      if (terms.length > 0) found.push({ topic: topic.id, wh, terms: [...new Set(terms)], ...slotOf(clause, lexicon) });
    }
  }
  return found;
}

/** The clause's last two words when the last is a grammar word (a preposition: "who they work *for*"), stemmed. */
function slotOf(clause: string, lexicon: Lexicon): { slot?: readonly [string, string] } {
  const words = tokenize(clause).map(stem);
  const [verb, preposition] = words.slice(-2);
  const ends = words.length > 2 && preposition !== undefined && lexicon.stopwords.has(preposition);
  return ends && verb !== undefined ? { slot: [verb, preposition] } : {};
}

/**
 * Determiners that make the noun after them one particular party ("work for *the* hospital", "*his* family"), not a
 * kind of place ("work for *an* insurance company", "for insurance companies": where they may work).
 */
const DEFINITE = new Set(['the', 'his', 'her', 'my', 'our', 'their', 'your', 'its', 'this', 'that']);
/** Object pronouns of a person: "paid by *him*", "work for *me*" name one party. */
const PERSON_OBJECTS = new Set(['him', 'her', 'me', 'us']);
/** Modals of possibility: "*can* a case manager work for the VA" asks whether such a place hires them, not whose they are. */
const POSSIBILITY = new Set(['can', 'could']);

/** Whether a party begins at `at`: one person ("him") or a particular one ("the hospital", "his family"). */
const partyAt = (words: readonly string[], at: number) =>
  PERSON_OBJECTS.has(words[at] ?? '') || (DEFINITE.has(words[at] ?? '') && words[at + 1] !== undefined);

/**
 * Whether the words name one party in the summary question's slot: after its verb and preposition ("so care managers
 * work for *the patient*", "does she work for *the hospital* or what"), or as the agent after a participle read as one
 * of its terms ("employed by *the family*"). Naming a particular party asks which party, as "who" does; a kind of
 * place, or what one *can* work for, asks where they may work instead.
 */
function partyInSlot(q: SummaryQuestion, words: readonly string[], termOf: (word: string) => string | undefined) {
  if (!q.slot || words.some((word) => POSSIBILITY.has(word))) return false;
  const [verb, preposition] = q.slot;
  return words.some(
    (word, i) =>
      ((word === verb && words[i + 1] === preposition) ||
        (word.endsWith('ed') && words[i + 1] === 'by' && q.terms.includes(termOf(word) ?? ''))) &&
      partyAt(words, i + 2),
  );
}

/**
 * The question words a choice stands for: "do case managers work for the hospital *or* for the patient" asks which of
 * them, so who they work for; "where" and "how" ask for something no choice between two names offers.
 */
const CHOICE_WH = new Set(['who', 'what', 'which']);
/** After "or", the words that make no second choice: "... or not", "... or nah", or a clause of its own ("or is it"). */
const NO_CHOICE = new Set(['not', 'no', 'nah', 'nope', 'something', 'anything', 'so', 'whatever']);
/** Prepositions of place: a choice of places ("based *in* hospitals or out in the community") asks where, not who. */
const PLACES = new Set(['in', 'at', 'within', 'inside', 'out', 'from', 'on']);
/** How far into the sentence its yes-or-no opener may come: "so do they ...", "ok so are they ...". */
const OPENER_WITHIN = 3;

/**
 * Whether the words ask a yes-or-no question that offers a choice between things named after "or" ("are they employed
 * by the hospital or by the insurer"), not between two clauses ("... or is it only hospitals") nor between places.
 */
function offersChoice(words: readonly string[]): boolean {
  const opener = words.slice(0, OPENER_WITHIN).findIndex((word) => YES_NO_OPENERS.has(word));
  if (opener < 0) return false;
  return words.some((word, i) => {
    const next = words[i + 1];
    return (
      word === 'or' &&
      i > opener &&
      !words.slice(opener, i).some((before) => PLACES.has(before)) &&
      next !== undefined &&
      !YES_NO_OPENERS.has(next) &&
      !WH_WORDS.has(next) &&
      !NO_CHOICE.has(next)
    );
  });
}

/**
 * The summary question a message asks: its asking sentences' first question word is the clause's (or, for a choice
 * between things, one a choice stands for; or it names a party in the clause's slot: `partyInSlot`) and the terms it
 * asks include all of the clause's (the one with the most terms when several fit), or undefined. `termOf` reads a word
 * as the term it is on its own ("employed" is the setting's).
 */
export function summaryAsked(
  questions: readonly SummaryQuestion[],
  askingWords: readonly string[],
  asked: ReadonlySet<string>,
  termOf: (word: string) => string | undefined = () => undefined,
): SummaryQuestion | undefined {
  const wh = askingWords.find((word) => WH_WORDS.has(word));
  return questions
    .filter(
      (q) =>
        ((wh === undefined ? offersChoice(askingWords) && CHOICE_WH.has(q.wh) : q.wh === wh) ||
          partyInSlot(q, askingWords, termOf)) &&
        q.terms.every((term) => asked.has(term)),
    )
    .sort((a, b) => b.terms.length - a.terms.length)[0];
}
