import type { Answer } from '../search/answer.ts';

// The knowledge base writes facts in Slack mrkdwn; a terminal shows them better without the markers.
const plain = (text: string) => text.replace(/(^|[\s(])[*_~]([^*_~]+)[*_~](?=[\s).,:;!?]|$)/g, '$1$2');

/** The answer as readable terminal text: the facts for the role asked about, then the citation. */
export function formatAnswerText(answer: Answer): string {
  const lines: string[] = [];
  if (answer.truncated) lines.push('(Your question was long, so only its first part was read.)', '');
  if (answer.kind === 'empty') {
    lines.push('Ask a question about case managers or care managers, for example:', '  "what certification does a care manager need"');
  } else if (answer.kind === 'declined') {
    lines.push(
      answer.otherJob
        ? `I only know about case managers and care managers, not ${answer.otherJob}s.`
        : "I don't know that one: I only answer questions about case managers and care managers.",
      `I can help with: ${answer.suggestions.map((s) => s.title.toLowerCase()).join(', ')}.`,
    );
  } else {
    lines.push(`${answer.topicTitle}: ${answer.groups.filter((g) => g.role !== 'both').map((g) => g.label).join(' and ')}`);
    for (const group of answer.groups) {
      lines.push('', `${group.label}:`);
      for (const fact of group.facts) lines.push(`  • ${plain(fact.text)}`);
      if (group.silent) lines.push(`  • ${group.silent}`);
    }
    const c = answer.citation!;
    lines.push('', `Source: "${c.section}", in "${c.title}" (${c.publisher}, ${c.dateLabel}).`);
  }
  if (answer.alternatives.length > 0) {
    lines.push(`Did you mean: ${answer.alternatives.map((a) => a.title.toLowerCase()).join(', ')}?`);
  }
  return lines.join('\n');
}
