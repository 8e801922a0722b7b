import { join } from 'node:path';
import { inject } from 'vitest';
import type { BUNDLED } from '../global-setup.ts';

/**
 * The node arguments that run `name` (src/main.ts or a CLI) as its own process, from the bundle test/global-setup.ts
 * made of it for this run: what `node --import tsx src/...` runs, without compiling it anew in every process.
 */
export function bundled(name: keyof typeof BUNDLED): string[] {
  return [join(inject('bundles'), `${name}.js`)];
}
