import {
  cannotDo,
  cannotDoLines,
  citationPlain,
  factPlain,
  jokeFor,
  jokesAside,
  rolesPhrase,
  sourcesPhrase,
} from '../blocks/parts.ts';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import type { Answer } from '../search/answer.ts';

// The knowledge base writes facts in Slack mrkdwn; a terminal shows them better without the markers.
const plain = (text: string) => text.replace(/(^|[\s(])[*_~]([^*_~]+)[*_~](?=[\s).,:;!?]|$)/g, '$1$2');

/** What the terminal says to small talk, about the roles and sources the knowledge has. */
function smallTalkLine(kind: NonNullable<Answer['smalltalk']>, kb: KnowledgeBase): string {
  const about = `I answer questions about ${rolesPhrase(kb)}`;
  const lines: Record<NonNullable<Answer['smalltalk']>, string> = {
    greeting: `Hi! ${about}.`,
    thanks: "You're welcome!",
    farewell: 'Bye! Come back any time.',
    identity: `I'm career-bot: ${about} from ${sourcesPhrase(kb)}, cited.`,
    capabilities: `${about} from ${sourcesPhrase(kb)}, cited.`,
    praise: 'Thank you!',
    apology: 'No need to apologise: ask away.',
    joke: jokesAside(kb),
    bare: `Ask me about ${rolesPhrase(kb)}.`,
  };
  return lines[kind];
}

function smallTalkLines(answer: Answer, kb: KnowledgeBase): string[] {
  const kind = answer.smalltalk ?? 'bare';
  // Slack's emoji codes (":smile:") are no use in a terminal.
  if (kind === 'joke')
    return [plain(jokeFor(kb, answer.question)).replace(/\s*:[a-z_]+:/g, ''), smallTalkLine(kind, kb)];
  // After an answer, thanks and goodbyes get one line; otherwise say what the bot can do.
  if (answer.usedContext && (kind === 'thanks' || kind === 'farewell' || kind === 'praise' || kind === 'apology'))
    return [smallTalkLine(kind, kb)];
  return [
    smallTalkLine(kind, kb),
    `I can help with: ${answer.suggestions.map((s) => s.title.toLowerCase()).join(', ')}.`,
    'For example: "what certification does a care manager need", "what\'s the difference?"',
  ];
}

function answerLines(answer: Answer): string[] {
  const lines: string[] = [];
  if (answer.gap) lines.push(answer.gap, '');
  const roles = answer.groups
    .filter((g) => g.role !== 'both')
    .map((g) => g.label)
    .join(' and ');
  const following = answer.usedContext ? ' (following your last question)' : '';
  lines.push(`${answer.gap ? 'What it says: ' : ''}${answer.topicTitle}: ${roles}${following}`);
  for (const group of answer.groups) {
    lines.push('', `${group.label}:`);
    for (const fact of group.facts) lines.push(`  • ${factPlain(fact, plain)}`);
    if (group.silent) lines.push(`  • ${group.silent}`);
  }
  for (const c of answer.citations) lines.push('', `${citationPlain(c, (text) => text)}.`);
  return lines;
}

/** The answer as readable terminal text: the gap first, the facts for the role asked about, then the citation. */
export function formatAnswerText(answer: Answer, kb: KnowledgeBase): string {
  const lines: string[] = [];
  if (answer.truncated) lines.push('(Your question was long, so only its first part was read.)', '');
  if (answer.kind === 'smalltalk') {
    lines.push(...smallTalkLines(answer, kb));
  } else if (cannotDo(answer)) {
    const { reply, askInstead } = cannotDoLines(kb, answer);
    lines.push(reply, 'Where to ask instead:', ...askInstead.map((c) => `- ${c.what}: ${c.where}.`));
  } else if (answer.kind === 'declined') {
    lines.push(
      answer.otherJob
        ? `I only know about ${rolesPhrase(kb)}, not ${answer.otherJob}s.`
        : `I don't know that one: I only answer questions about ${rolesPhrase(kb)}.`,
      `I can help with: ${answer.suggestions.map((s) => s.title.toLowerCase()).join(', ')}.`,
    );
  } else {
    lines.push(...answerLines(answer));
  }
  if (answer.alternatives.length > 0) {
    lines.push(`Did you mean: ${answer.alternatives.map((a) => a.title.toLowerCase()).join(', ')}?`);
  }
  return lines.join('\n');
}
