import { nameSpans } from './names.ts';
import { patternSpans, type IdentifierKind, type Span } from './patterns.ts';

export type { IdentifierKind, Span } from './patterns.ts';

/** What a kind of identifier becomes in the kept text. */
export const PLACEHOLDER: Record<IdentifierKind, string> = {
  name: '[name]',
  record: '[record number]',
  date: '[date]',
  phone: '[phone]',
  email: '[email]',
  ssn: '[SSN]',
  address: '[address]',
  room: '[room]',
  age: '[age]',
};

/** A question's text fit to keep or send on, and the kinds of patient identifier that were taken out (none: unchanged). */
export type Redacted = { text: string; kinds: IdentifierKind[] };

/** Overlapping spans become one, of the kind that starts first (a date inside an address is the address). */
function merged(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/** Where the patient identifiers in `text` are, one span each, in order. */
export function findIdentifiers(text: string): Span[] {
  const patterned = patternSpans(text);
  return merged([...patterned, ...nameSpans(text, patterned)]);
}

/**
 * The text with every patient identifier found replaced by its kind in brackets ("my pt [name] [record number]"),
 * and the kinds found. Pure and deterministic: the same text always gives the same result, and a redacted text
 * is left as it is.
 */
export function redactPatientDetails(text: string): Redacted {
  const spans = findIdentifiers(text);
  if (spans.length === 0) return { text, kinds: [] };
  let out = '';
  let at = 0;
  const kinds = new Set<IdentifierKind>();
  for (const span of spans) {
    out += text.slice(at, span.start) + PLACEHOLDER[span.kind];
    kinds.add(span.kind);
    at = span.end;
  }
  return { text: out + text.slice(at), kinds: [...kinds] };
}

const PLACEHOLDERS = Object.values(PLACEHOLDER);

/** Whether a text had patient details taken out (it holds a placeholder such as "[name]"). */
export const hasRedactions = (text: string): boolean => PLACEHOLDERS.some((placeholder) => text.includes(placeholder));

/**
 * Another text derived from `question` (a sentence quoting its words) with the words of the question's identifiers
 * taken out as they were from the question itself.
 */
export function redactWordsOf(question: string, text: string): string {
  let out = text;
  for (const span of findIdentifiers(question)) {
    for (const word of question.slice(span.start, span.end).split(/[^\p{L}\p{N}]+/u)) {
      if (word.length < 2) continue;
      out = out.replace(
        new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu'),
        PLACEHOLDER[span.kind],
      );
    }
  }
  return out;
}
