import type { Aspect, TopicId } from '../knowledge/schema.ts';
import type { Concept, Lexicon } from './lexicon.ts';
import { stem, tokenize } from './normalize.ts';

export type Analysis = {
  concepts: Concept[];
  /** Content words the knowledge base does not know: many of them mean the question is about something else. */
  unknown: string[];
  /** Terms met only before the sentence that asks: "I'm a nursing student... what's the difference?" */
  contextTerms: Set<string>;
  /** What the question asks for that the article may not cover; each hit lists its aspects, most specific first. */
  aspects: Aspect[][];
  /** Terms that are also a qualifying aspect ("new grad" of pay), with those aspects. */
  qualifiers: Map<string, Aspect[]>;
};

// People give context first and ask last; the asking sentence is the last one with a topic term in it.
const SENTENCE_END = /(?<=[.!?;])\s+|\.{2,}|\n+|\s[-\u2013\u2014]\s/;

/** A text's words with short forms expanded ("mgr" → "manager"), before stemming. */
export function expandedWords(text: string, lexicon: Lexicon): string[] {
  return tokenize(text).flatMap((word) => lexicon.abbreviations.get(word) ?? [word]);
}

/**
 * Reads a question as a sequence of concepts: roles, other jobs and topic terms, longest phrase first, after
 * correcting typos in words the knowledge base does not know.
 */
export function analyze(question: string, lexicon: Lexicon, correct: (word: string) => string | null): Analysis {
  const sentences = question
    .split(SENTENCE_END)
    .map((sentence) => ({ ...analyzeSentence(sentence, lexicon, correct), question: /\?\s*$/.test(sentence) }))
    .filter((s) => s.concepts.length + s.unknown.length + s.aspects.length > 0);
  // The asking sentence is the last question with a topic term in it, or else the last sentence with one: "what's the
  // avg salary for care managers? need it for an offer letter by EOD" asks the first.
  const lastQuestion = sentences.findLastIndex((s) => s.question && hasTerm(s));
  const asking = lastQuestion >= 0 ? lastQuestion : sentences.findLastIndex(hasTerm);
  const termsOf = (list: typeof sentences) =>
    new Set(list.flatMap((s) => s.concepts.flatMap((c) => (c.kind === 'term' ? [c.term] : []))));
  const askedTerms = termsOf(sentences.slice(Math.max(asking, 0)));
  return {
    // An off-topic word in the context ("the hiring manager keeps mixing them up - ...") does not decide the question.
    concepts: sentences.flatMap((s, index) =>
      index !== asking && asking >= 0 ? s.concepts.filter((c) => c.kind !== 'off-topic') : s.concepts,
    ),
    unknown: sentences.flatMap((s) => s.unknown),
    // What is asked is in the asking sentence and in other questions; what the context says ("I'm burnt out... what
    // certs would I need?", "trying to map out a career ladder") is not asked.
    aspects: sentences.flatMap((s, index) => (index === asking || s.question || asking < 0 ? s.aspects : [])),
    qualifiers: new Map(sentences.flatMap((s) => [...s.qualifiers])),
    contextTerms: new Set([...termsOf(sentences.slice(0, Math.max(asking, 0)))].filter((t) => !askedTerms.has(t))),
  };
}

function analyzeSentence(
  question: string,
  lexicon: Lexicon,
  correct: (word: string) => string | null,
): Omit<Analysis, 'contextTerms'> {
  const tokens = sentenceTokens(question, lexicon, correct);
  const concepts: Concept[] = [];
  const unknown: string[] = [];
  const aspects: Aspect[][] = [];
  const qualifiers = new Map<string, Aspect[]>();
  // Words of an aspect ("cost", "weekends") are understood even when they are no topic's term.
  let understoodUntil = 0;
  let narrow: { topic: TopicId; until: number } | null = null;
  const phraseAt = (start: number): { concept: Concept; length: number } | null => {
    const hit = longestAt(tokens, lexicon, lexicon.phrases, lexicon.maxPhraseWords, start);
    return hit && { concept: hit.value, length: hit.length };
  };

  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    // "case and care managers", "case/care manager": the first head word names a role of its own.
    const skip = headRoleSkip(tokens, i, lexicon, phraseAt);
    if (skip > 0) {
      concepts.push({ kind: 'role', role: lexicon.heads.get(token)! });
      i += skip;
      continue;
    }
    const hit = phraseAt(i);
    // The longer phrase tells what words mean: "per hour" is pay, not working hours. An aspect as long as a term
    // ("remote") counts as both; inside a longer one ("starting salary", "continuing education") only the words
    // about the aspect's own topic count.
    const aspect = longestAt(tokens, lexicon, lexicon.aspects, lexicon.maxAspectWords, i);
    if (aspect && aspect.length >= (hit?.length ?? 0)) {
      aspects.push(aspect.value);
      if (aspect.length === hit?.length && hit.concept.kind === 'term' && aspect.value.some((a) => a.onlyWith)) {
        qualifiers.set(hit.concept.term, aspect.value);
      }
      understoodUntil = Math.max(understoodUntil, i + aspect.length);
      if (aspect.length > (hit?.length ?? 0)) narrow = { topic: aspect.value[0]!.nearest, until: i + aspect.length };
    }
    const inside = narrow !== null && i < narrow.until;
    if (hit) {
      if (!inside || aboutTopic(hit.concept, narrow!.topic, lexicon)) concepts.push(hit.concept);
      i += hit.length;
      continue;
    }
    if (lexicon.factWords.has(token)) {
      if (!inside) concepts.push({ kind: 'fact-word', word: token });
    } else if (!lexicon.stopwords.has(token) && !lexicon.joiners.has(token) && !/^\d+$/.test(token) && i >= understoodUntil) {
      unknown.push(token);
    }
    i += 1;
  }
  const present = new Set(tokens);
  for (const { aspect, parts } of lexicon.together) if (parts.every((part) => contains(tokens, present, part))) aspects.push([aspect]);
  return { concepts: withoutAuxiliaries(concepts, lexicon), unknown, aspects, qualifiers };
}

/** The sentence's words as the lexicon keys them: short forms expanded, patterns read, typos corrected, stemmed. */
function sentenceTokens(question: string, lexicon: Lexicon, correct: (word: string) => string | null): string[] {
  return expandedWords(question, lexicon).map((word) => {
    const pattern = lexicon.patterns.find((p) => p.pattern.test(word));
    if (pattern) return pattern.term;
    if (lexicon.stopwords.has(word) || lexicon.stems.has(stem(word))) return stem(word);
    return stem(correct(word) ?? word);
  });
}

/** The longest phrase of `map` at `start`, grown a word at a time and stopped where no known phrase goes on. */
function longestAt<T>(tokens: string[], lexicon: Lexicon, map: Map<string, T>, maxWords: number, start: number) {
  let found: { value: T; length: number } | null = null;
  let key = '';
  for (let length = 1; length <= Math.min(maxWords, tokens.length - start); length++) {
    key = length === 1 ? tokens[start]! : `${key} ${tokens[start + length - 1]}`;
    const value = map.get(key);
    if (value) found = { value, length };
    if (!lexicon.prefixes.has(key)) break;
  }
  return found;
}

/**
 * "case and care managers", "case/care manager": a head word followed (maybe after a joiner) by the other role names
 * a role of its own. Returns how many words it takes (0 when it is not such a head word).
 */
function headRoleSkip(
  tokens: string[],
  i: number,
  lexicon: Lexicon,
  phraseAt: (start: number) => { concept: Concept; length: number } | null,
): number {
  const headRole = lexicon.heads.get(tokens[i]!);
  if (!headRole) return 0;
  const skip = lexicon.joiners.has(tokens[i + 1] ?? '') ? 2 : 1;
  const next = i + skip < tokens.length ? phraseAt(i + skip)?.concept : undefined;
  return next?.kind === 'role' && next.role !== headRole ? skip : 0;
}

/** "do" before a subject is grammar ("what do they have in common", "does it need an exam"), after it a verb. */
function withoutAuxiliaries(concepts: Concept[], lexicon: Lexicon): Concept[] {
  const lastRole = concepts.findLastIndex((c) => c.kind === 'role' || c.kind === 'both-roles' || c.kind === 'reference');
  return concepts.filter((c, index) => !(c.kind === 'term' && index < lastRole && lexicon.auxiliaries.has(c.term)));
}

/** Whether a concept inside an aspect's phrase still counts: any but a term about another topic. */
function aboutTopic(concept: Concept, topic: TopicId, lexicon: Lexicon): boolean {
  return concept.kind !== 'term' || (lexicon.termTopics.get(concept.term) ?? []).some((t) => t.topic === topic);
}

function hasTerm(sentence: { concepts: Concept[] }): boolean {
  return sentence.concepts.some((c) => c.kind === 'term');
}

/** Whether the words of `part` appear in a row among `tokens` (`present` is their set, for a quick no). */
function contains(tokens: string[], present: Set<string>, part: string[]): boolean {
  return present.has(part[0]!) && tokens.some((_, start) => part.every((word, k) => tokens[start + k] === word));
}
