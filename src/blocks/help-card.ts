import type { KnownBlock } from '@slack/types';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import { actions, button, context, fallback, header, section, type Message } from './elements.ts';
import {
  botTitle,
  compareButtons,
  countWord,
  rolesPhrase,
  rolesSentence,
  sourceLine,
  sourcesPhrase,
  topicTitles,
  topicsInOrder,
  versusLabel,
} from './parts.ts';
import { escapeText } from './text.ts';
import { COMMAND } from '../records/manifest.ts';

/** The ways to ask, one line each: shared by the help card and the App Home. */
export function usageLines(kb: KnowledgeBase, command = COMMAND): string[] {
  const example = (kb.topics.certification ?? topicsInOrder(kb)[0]!).ask.examples[0]!;
  const [first, second] = kb.roleOrder.slice(-2).map((r) => kb.roles[r]!.name.toLowerCase());
  return [
    `• \`${command} &lt;question&gt;\`: ask anything about the ${countWord(kb.roleOrder.length)} roles, e.g. \`${command} ${escapeText(example)}\``,
    `• \`${command} compare\`: ${escapeText(versusLabel(kb).toLowerCase())} side by side, every topic`,
    ...(kb.roleOrder.length > 2
      ? [`• \`${command} compare ${first} and ${second} salary\`: any two roles, on one topic or all`]
      : []),
    `• \`${command} compare &lt;topic&gt;\`: one topic side by side, e.g. \`${command} compare salary\``,
    `• \`${command} topics\`: the topics I know, as buttons`,
    `• \`${command} help\`: this help`,
    '• Mention me in a channel and I answer in the thread; or send me a direct message.',
    '• In a DM or a thread, follow up in a few words: _and care managers?_, _how much do they make?_',
  ];
}

/** Example questions, one per topic. */
export const exampleQuestions = (kb: KnowledgeBase) => topicsInOrder(kb).map((t) => t.ask.examples[0]!);

export function helpCard(kb: KnowledgeBase, command = COMMAND): Message {
  const intro = `I answer questions about ${countWord(kb.roleOrder.length)} healthcare careers, ${rolesSentence(kb)}, from ${sourcesPhrase(kb)}, and cite the section each answer comes from. Topics: ${escapeText(topicTitles(kb))}.`;
  const blocks: KnownBlock[] = [
    header(botTitle(kb)),
    section(intro, 'intro'),
    section(`*How to ask*\n${usageLines(kb, command).join('\n')}`, 'usage'),
    section(
      `*Try asking*\n${exampleQuestions(kb)
        .slice(0, 5)
        .map((q) => `• _${escapeText(q)}_`)
        .join('\n')}`,
      'examples',
    ),
    context([sourceLine(kb)], 'citation'),
    actions([button('open', 'topics', ':bookmark_tabs: Topics', { kind: 'topics' }), ...compareButtons(kb)], 'more'),
  ];
  return {
    text: fallback([
      `career-bot answers questions about ${rolesPhrase(kb)}. Try "${command} ${exampleQuestions(kb)[0]}", "${command} compare" or "${command} topics".`,
    ]),
    blocks,
  };
}

/** A button whose value cannot be read (from an older version, or forged): say so, and show the way. */
export function staleButtonCard(kb: KnowledgeBase): Message {
  const note = ":warning: That button comes from a card I can't read any more. Here is what I can do:";
  const help = helpCard(kb);
  return { text: `${note}\n${help.text}`, blocks: [context([note], 'stale'), ...help.blocks] };
}
