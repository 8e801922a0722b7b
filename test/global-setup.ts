import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';
import { BUNDLE_OPTIONS } from '../scripts/build.ts';

// The tests that run a command line or the app as its own process (exit codes, what it prints, signals) run
// these bundles, made once per test run with npm run build's options: node then starts in a fraction of what
// `node --import tsx` costs, which compiles every module anew in each process. The code is the same source.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLED = {
  main: 'src/main.ts',
  ask: 'src/cli/ask.ts',
  kb: 'src/cli/kb.ts',
  insights: 'src/cli/insights.ts',
} as const;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder (inside the repository, so node_modules and the project root are found from it) of the bundles. */
    bundles: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  // A folder of this run's own: two runs at once (two files run by hand) never overwrite each other's bundles.
  const dir = mkdtempSync(join(ROOT, 'test-output', 'bundles-'));
  // Readable by all, as the sources are: a test may start the app as another user (test/robustness/database-faults).
  chmodSync(dir, 0o755);
  await build({ ...BUNDLE_OPTIONS, entryPoints: BUNDLED, outdir: dir });
  project.provide('bundles', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
