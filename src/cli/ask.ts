import { createInterface } from 'node:readline';
import { loadKnowledge } from '../knowledge/load.ts';
import { createAnswerer, type Answer } from '../search/answer.ts';
import { formatAnswerText } from './format-text.ts';

const USAGE = `Usage:
  npm run ask -- "what certification does a care manager need"
  npm run --silent ask -- --json "one question"
  npm run --silent ask -- --json < questions.txt     (one question a line, one JSON object a line)`;

/** The JSON line format is a contract other tools read: change it only with them. */
function toJsonLine(question: string, answer: Answer): string {
  return JSON.stringify({
    question,
    topic: answer.topic,
    roles: answer.roles,
    section: answer.section,
    confidence: answer.confidence,
  });
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const words = argv.filter((a) => a !== '--json');
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const answerer = createAnswerer(loadKnowledge());
  const question = words.join(' ');

  if (json && words.length === 0) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) process.stdout.write(`${toJsonLine(line, answerer.ask(line))}\n`);
    return 0;
  }
  if (words.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const answer = answerer.ask(question);
  console.log(json ? toJsonLine(question, answer) : formatAnswerText(answer));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
