import { spawn } from 'node:child_process';
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

export type Run = { stdout: string; stderr: string; code: number | null };

/** Runs a bundled CLI as a keeper would, with only the environment given (PATH and HOME, no knowledge or database). */
export function runBundled(name: keyof typeof BUNDLED, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...bundled(name), ...args], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DATABASE_URL: '',
        DATABASE_PATH: '',
        KNOWLEDGE_DIR: '',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
  });
}
