import { readFileSync } from 'node:fs';
import { findIdentifiers, redactPatientDetails, type Span } from '../../src/privacy/redact.ts';

/**
 * Scores the redactor on a set of staff messages written by someone who saw no code: each message with the
 * identifiers in it (kind, text as written), or none for an ordinary career question.
 * - an identifier is caught when every letter and digit of it lies inside a redacted span;
 * - an ordinary message is changed when redaction changes it at all.
 */
export type Item = { text: string; identifiers: Array<{ kind: string; text: string }>; why?: string };

export type Miss = { text: string; kind: string; identifier: string; redacted: string };
export type Score = {
  identifiers: number;
  caught: number;
  ordinary: number;
  changed: number;
  misses: Miss[];
  changedOrdinary: Array<{ text: string; redacted: string }>;
  byKind: Record<string, { total: number; caught: number }>;
};

export const readSet = (path: string): Item[] => JSON.parse(readFileSync(path, 'utf8')) as Item[];

/** Where an identifier is in its message: as written, else in any case. */
function occurrence(text: string, identifier: string): number {
  const exact = text.indexOf(identifier);
  return exact >= 0 ? exact : text.toLowerCase().indexOf(identifier.toLowerCase());
}

function covered(spans: Span[], start: number, identifier: string): boolean {
  for (let i = 0; i < identifier.length; i++) {
    if (!/[\p{L}\p{N}]/u.test(identifier[i]!)) continue;
    const at = start + i;
    if (!spans.some((s) => s.start <= at && at < s.end)) return false;
  }
  return true;
}

export function score(items: Item[]): Score {
  const result: Score = {
    identifiers: 0,
    caught: 0,
    ordinary: 0,
    changed: 0,
    misses: [],
    changedOrdinary: [],
    byKind: {},
  };
  for (const item of items) {
    const redacted = redactPatientDetails(item.text).text;
    if (item.identifiers.length === 0) {
      result.ordinary++;
      if (redacted !== item.text) {
        result.changed++;
        result.changedOrdinary.push({ text: item.text, redacted });
      }
      continue;
    }
    const spans = findIdentifiers(item.text);
    for (const id of item.identifiers) {
      result.byKind[id.kind] ??= { total: 0, caught: 0 };
      const kind = result.byKind[id.kind]!;
      result.identifiers++;
      kind.total++;
      const at = occurrence(item.text, id.text);
      if (at >= 0 && covered(spans, at, id.text)) {
        result.caught++;
        kind.caught++;
      } else result.misses.push({ text: item.text, kind: id.kind, identifier: id.text, redacted });
    }
  }
  return result;
}

const pct = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(1)} %`;

export function summary(s: Score): string {
  const kinds = Object.entries(s.byKind)
    .map(([kind, k]) => `${kind} ${k.caught}/${k.total}`)
    .join(', ');
  return `identifiers caught: ${s.caught}/${s.identifiers} (${pct(s.caught, s.identifiers)}); ordinary messages changed: ${s.changed}/${s.ordinary} (${pct(s.changed, s.ordinary)})\nby kind: ${kinds}`;
}

// `npx tsx test/privacy/evaluate.ts [set.json] [--misses]`
if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2] ?? new URL('./redaction-set.json', import.meta.url).pathname;
  const s = score(readSet(path));
  console.log(summary(s));
  if (process.argv.includes('--misses')) {
    for (const m of s.misses)
      console.log(
        `MISS ${m.kind}: ${JSON.stringify(m.identifier)} in ${JSON.stringify(m.text)}\n   -> ${JSON.stringify(m.redacted)}`,
      );
    for (const c of s.changedOrdinary)
      console.log(`CHANGED ${JSON.stringify(c.text)}\n   -> ${JSON.stringify(c.redacted)}`);
  }
}
