import { expandedWords } from './analyze.ts';
import type { Lexicon, SmallTalkKind } from './lexicon.ts';
import { stem } from './normalize.ts';
import { asksToAct } from './particular.ts';
import { isEveryday } from './word-vectors.ts';

/** What kind of small talk a message is; 'bare' is a message with nothing in it (a bare mention, "?", an emoji). */
export type SmallTalk = SmallTalkKind | 'bare';

/** When a message mixes kinds ("hi, what can you do?"), the one that asks the most decides the reply. */
const PRECEDENCE: readonly SmallTalkKind[] = ['capabilities', 'identity', 'thanks', 'farewell', 'praise', 'greeting'];

/**
 * Tells small talk from a question: a message made only of small-talk phrases, filler and grammar words is small
 * talk ("thanks so much!", "hi there", "who are you?"); one with nothing at all in it (a bare mention, "?", an emoji)
 * is 'bare'. Anything the knowledge base knows ("thanks! and care managers?") makes it a question.
 */
export function readSmallTalk(text: string, lexicon: Lexicon): SmallTalk | null {
  const raw = expandedWords(text, lexicon);
  const words = raw.map(stem);
  const kinds = new Set<SmallTalkKind>();
  for (let i = 0; i < words.length; ) {
    const length = smallTalkAt(words, i, lexicon, kinds);
    if (length > 0) {
      i += length;
      continue;
    }
    if (conceptAt(words, i, lexicon)) return null;
    if (!lexicon.stopwords.has(raw[i]!))
      return kinds.size > 0 && remarkAfter(text, raw.slice(i), words.slice(i), lexicon) ? smallTalkOf(kinds) : null;
    i += 1;
  }
  return kinds.size > 0 ? smallTalkOf(kinds) : 'bare';
}

const smallTalkOf = (kinds: Set<SmallTalkKind>) => PRECEDENCE.find((kind) => kinds.has(kind))!;

/**
 * What follows small talk is the asker's own remark, not a question, when nothing in it is ours and it asks nothing:
 * only everyday words ("how are you *today*?"), or a statement that asks the bot to do nothing ("thank you so much,
 * I've been going back and forth on this for months"). "hi, what time is it", "thanks, order me a pizza?" are asked.
 */
function remarkAfter(text: string, raw: string[], words: string[], lexicon: Lexicon): boolean {
  // Any word the knowledge knows, a pointer ("the other one") or a role's own word ("the care side") is ours.
  const ours = (word: string, i: number) =>
    conceptAt(words, i, lexicon) ||
    (!lexicon.stopwords.has(raw[i]!) && (lexicon.stems.has(word) || lexicon.phrases.has(word)));
  if (words.some(ours)) return false;
  const unknown = raw.filter((word) => !lexicon.stopwords.has(word));
  if (unknown.every(isEveryday)) return true;
  return !text.includes('?') && !asksToAct(raw);
}

/** Length of the small-talk phrase or filler at `start` (0 if none), noting its kind. */
function smallTalkAt(words: string[], start: number, lexicon: Lexicon, kinds: Set<SmallTalkKind>): number {
  for (let length = Math.min(lexicon.maxSmalltalkWords, words.length - start); length > 0; length--) {
    const phrase = words.slice(start, start + length).join(' ');
    const kind = lexicon.smalltalk.get(phrase);
    if (kind) kinds.add(kind);
    if (kind || lexicon.fillers.has(phrase)) return length;
  }
  return 0;
}

/** Whether a phrase the matcher reads as meaning something (a role, a topic term, another job) starts here. */
function conceptAt(words: string[], start: number, lexicon: Lexicon): boolean {
  for (let length = Math.min(lexicon.maxPhraseWords, words.length - start); length > 0; length--) {
    const concept = lexicon.phrases.get(words.slice(start, start + length).join(' '));
    if (concept && concept.kind !== 'reference' && concept.kind !== 'other-role') return true;
  }
  return lexicon.factWords.has(words[start]!) || lexicon.aspects.has(words[start]!);
}
