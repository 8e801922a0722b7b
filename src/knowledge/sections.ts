/**
 * A fact's `section` is cited on the card as where in the source to look ("Requirements", in "Lactation Consultant"):
 * one the source's text does not contain sends a reader looking for a heading that is not there, and one the text
 * holds only inside a line ("Department" of "Department: Palliative Care") is no heading a reader looks under. kb
 * check warns about both.
 */
import { readFactsFiles } from './drafts.ts';
import { squash } from './quotes.ts';
import type { KnowledgeBase } from './schema.ts';

/** A fact whose section its source's text does not hold as a heading, and the heading of the source most like it. */
export type SectionNotFound = {
  file: string;
  index: number;
  source: string;
  section: string;
  /**
   * `not-in-text`: the text does not hold the section's words. `not-a-heading`: it holds them, but on no line of their
   * own (a label, "Department: …", or words of a sentence).
   */
  why: 'not-in-text' | 'not-a-heading';
  /**
   * For `not-in-text`, the source's line sharing the most words with the section; for `not-a-heading`, the heading
   * above the fact's quote. Null when there is none.
   */
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

/** A line's words as a heading is written, its numbering left out ("2. Duties" is the heading "Duties"). */
function headingWords(line: string): string {
  const words = wordsOf(line);
  let start = 0;
  while (start < words.length - 1 && /^\d+$/.test(words[start]!)) start++;
  return words.slice(start).join(' ');
}

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

/** Words of a quote looked for to find the line it starts on: enough to be one place, few enough to fit one line. */
const QUOTE_START_WORDS = 4;

/**
 * The heading above the line the quote starts on: the nearest short line before it that is no sentence (no full stop
 * at its end) and no label with its value ("Pay grade: N6"). Null when the quote or such a line is not found.
 */
function headingAbove(text: string, quote: string | undefined): string | null {
  if (!quote) return null;
  const start = squash(quote).split(' ').slice(0, QUOTE_START_WORDS).join(' ');
  const lines = text.split('\n').map((line) => line.trim());
  const at = lines.findIndex((line) => squash(line).includes(start));
  for (let i = at - 1; i >= 0; i--) {
    const line = lines[i]!;
    const words = wordsOf(line);
    if (words.length === 0 || words.length > HEADING_WORDS || /[.]$/.test(line) || /:\s*\S/.test(line)) continue;
    return line;
  }
  return null;
}

/**
 * Every fact of the facts files (drafts too) whose section, or one of its parts joined by " / ", is not a heading of
 * its source's text: not in it, or not on a line of its own. Sources with no text (internal) have nothing to find it in.
 */
export function sectionsNotFound(dir: string, kb: KnowledgeBase): SectionNotFound[] {
  return readFactsFiles(dir).flatMap(({ file, item }) => {
    const text = kb.sources[item.source]?.text;
    if (!text) return [];
    const spaced = ` ${wordsOf(text).join(' ')} `;
    const headings = new Set(text.split('\n').map(headingWords));
    return item.facts.flatMap((fact, index): SectionNotFound[] => {
      const parts = fact.section?.split(' / ') ?? [];
      const found = { file, index, source: item.source, section: fact.section ?? '' };
      if (parts.some((part) => !holds(spaced, part)))
        return [{ ...found, why: 'not-in-text', closest: closestHeading(text, found.section) }];
      if (parts.some((part) => !headings.has(wordsOf(part).join(' '))))
        return [{ ...found, why: 'not-a-heading', closest: headingAbove(text, fact.quote) }];
      return [];
    });
  });
}
