/**
 * A fact's `section` is cited on the card as where in the source to look ("Requirements", in "Lactation Consultant"):
 * one the source's text does not contain sends a reader looking for a heading that is not there. kb check warns.
 */
import { readFactsFiles } from './drafts.ts';
import { squash } from './quotes.ts';
import type { KnowledgeBase } from './schema.ts';

/** A fact whose section its source's text does not contain, and the heading of the source most like it. */
export type SectionNotFound = {
  file: string;
  index: number;
  source: string;
  section: string;
  /** The source's line sharing the most words with the section, or null when none shares one. */
  closest: string | null;
};

/**
 * Lines of at most this many words may be headings, offered as the closest; longer ones are the text itself. Higher
 * offers sentences of the text as headings; lower misses long headings.
 */
const HEADING_WORDS = 10;

/** The words of a text as sections are compared: squashed, punctuation a space. */
const wordsOf = (text: string) =>
  squash(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Whether the text's words (spaced, a space at each end) hold `part` whole ("Pay and benefit" is not in "Pay and benefits"). */
function holds(spaced: string, part: string): boolean {
  const wanted = wordsOf(part).join(' ');
  return wanted === '' || spaced.includes(` ${wanted} `);
}

/** The short line of the text sharing the most words with `section`. */
function closestHeading(text: string, section: string): string | null {
  const wanted = new Set(wordsOf(section));
  let best: { line: string; shared: number } | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const words = wordsOf(line);
    if (words.length === 0 || words.length > HEADING_WORDS) continue;
    const shared = words.filter((word) => wanted.has(word)).length;
    if (shared > 0 && (best === null || shared > best.shared)) best = { line, shared };
  }
  return best?.line ?? null;
}

/**
 * Every fact of the facts files (drafts too) whose section, or one of its parts joined by " / ", is not in its
 * source's text. Sources with no text (internal) have nothing to find it in.
 */
export function sectionsNotFound(dir: string, kb: KnowledgeBase): SectionNotFound[] {
  return readFactsFiles(dir).flatMap(({ file, item }) => {
    const text = kb.sources[item.source]?.text;
    if (!text) return [];
    const spaced = ` ${wordsOf(text).join(' ')} `;
    return item.facts.flatMap((fact, index) => {
      const section = fact.section;
      if (!section || section.split(' / ').every((part) => holds(spaced, part))) return [];
      return [{ file, index, source: item.source, section, closest: closestHeading(text, section) }];
    });
  });
}
