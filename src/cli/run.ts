import { config as loadDotenv } from 'dotenv';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Runs a command-line tool's `main` when its file is the one node was started with (not when a test imports it):
 * .env read first, the exit code passed on, and a failure said in one line. Storage errors name the variable to fix
 * and never the password; they say "career-bot cannot start", which reads "<name> cannot run" here.
 */
export function runWhenStarted(moduleUrl: string, name: string, main: (args: string[], env: NodeJS.ProcessEnv) => Promise<number>): void {
  if (!process.argv[1] || realpathSync(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  loadDotenv({ quiet: true });
  main(process.argv.slice(2), process.env).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message.replace(/^career-bot cannot start/, `${name} cannot run`) : error);
      process.exit(1);
    },
  );
}
