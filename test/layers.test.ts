import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The answering core reads bottom-up: the knowledge (files, schema), then reading and answering a question
// (src/search), then threads of messages (src/conversation), then cards (src/blocks). A layer imports only from the
// layers below it, type imports included: a circle makes every change ripple both ways.
const SRC = fileURLToPath(new URL('../src', import.meta.url));
const LAYERS = ['knowledge', 'search', 'conversation', 'blocks'] as const;
/** What the core may never import, whatever its layer: the adapters and the engines. */
const OUTSIDE_CORE = [/^@slack\/bolt$/, /^better-sqlite3$/, /^pg$/, /^kysely$/];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every module a file imports or re-exports from, as written. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]/gms)].map((m) => m[1]!);
}

const layerOf = (file: string) => relative(SRC, file).split('/')[0]!;
/** A file outside the core's layers (the project root's helpers) sits below them all. */
const rank = (layer: string) => (LAYERS as readonly string[]).indexOf(layer);

const core = LAYERS.flatMap((layer) => filesUnder(join(SRC, layer)));
const graph = new Map(
  core.map((file) => [
    file,
    importsOf(file)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => resolve(dirname(file), spec)),
  ]),
);

describe('the core reads bottom-up', () => {
  it('imports only from its own layer or the layers below', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => rank(layerOf(target)) > rank(layerOf(file)))
        .map((target) => `${relative(SRC, file)} -> ${relative(SRC, target)}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no import circle, within a layer either', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(SRC, f)).join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('never imports Bolt, a database driver or the adapters', () => {
    const outside = [...graph.keys()].flatMap((file) =>
      importsOf(file)
        .filter((spec) => OUTSIDE_CORE.some((pattern) => pattern.test(spec)) || /\/slack\//.test(spec))
        .map((spec) => `${relative(SRC, file)} -> ${spec}`),
    );
    expect(outside).toEqual([]);
  });
});
