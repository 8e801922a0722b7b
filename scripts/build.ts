// `npm run build`: the app bundled into dist/main.js, which `npm start` and the Docker image run with plain
// node. Running the TypeScript through tsx in production cost ~25 MB of resident memory (its loader thread)
// for nothing; esbuild bundles our code in a few tens of milliseconds, and leaves node_modules to node.
// bench/slack.ts bundles its targets with the same options, so what it measures is what npm start runs.
import { build, type BuildOptions } from 'esbuild';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const BUNDLE_OPTIONS: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
  absWorkingDir: ROOT,
};

/** Bundles `entry` (a path from the repository root) into `outfile` (the same); the output must stay inside the repository. */
export async function bundle(entry: string, outfile: string): Promise<void> {
  await build({ ...BUNDLE_OPTIONS, entryPoints: [entry], outfile });
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await bundle('src/main.ts', 'dist/main.js');
}
