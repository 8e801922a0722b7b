import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root (the folder with package.json), where the knowledge base, the playground's page and
 * the README are. Found by walking up from this module, because the module is not always in the same place:
 * src/ when run from source (tests, `npm run ask`), dist/main.js when `npm start` runs the built bundle.
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir)
      throw new Error(`career-bot: no package.json above ${from}; run it from its repository or image`);
  }
}

export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** A file or folder of the repository, by its path from the root. */
export const projectPath = (...parts: string[]): string => join(PROJECT_ROOT, ...parts);
