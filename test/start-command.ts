import { readFileSync } from 'node:fs';

/**
 * How `npm start` runs the built app: node's flags and the bundle, read from package.json, so tests and
 * benchmarks that start the production build start it exactly that way.
 */
export function npmStartCommand(root: string): { nodeArgs: string[]; entry: string } {
  const start: string = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')).scripts.start;
  const run = /\bnode((?:\s+--\S+)*)\s+(\S+\.js)\b/.exec(start);
  if (!run) throw new Error(`package.json's start script does not run a .js file with node: ${start}`);
  return { nodeArgs: run[1]!.trim().split(/\s+/).filter(Boolean), entry: run[2]! };
}
