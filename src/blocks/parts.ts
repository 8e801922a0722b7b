import type { Button } from '@slack/types';
import { ROLE_IDS, TOPIC_IDS, type KnowledgeBase, type RoleId, type TopicId } from '../knowledge/schema.ts';
import type { Answer, Citation, FactGroup } from '../search/answer.ts';
import { button, context, type Message } from './elements.ts';
import { escapeText, listWords } from './text.ts';
import type { CardRequest } from './values.ts';

// Pieces several cards share: how a role, a fact group, a citation and the common buttons look.

const BOTH_EMOJI = ':busts_in_silhouette:';

/** Topics in the article's order, whatever order their files were read in. */
export const topicsInOrder = (kb: KnowledgeBase) => TOPIC_IDS.map((id) => kb.topics[id]);

export const roleEmoji = (kb: KnowledgeBase, role: RoleId | 'both') => (role === 'both' ? BOTH_EMOJI : kb.roles[role].emoji);

/** "Care manager", or "Case manager & care manager" for both. */
export const rolesLabel = (kb: KnowledgeBase, roles: readonly RoleId[]) =>
  roles.map((r, i) => (i === 0 ? kb.roles[r].name : kb.roles[r].name.toLowerCase())).join(' & ');

export const versusLabel = (kb: KnowledgeBase) =>
  ROLE_IDS.map((r, i) => (i === 0 ? kb.roles[r].name : kb.roles[r].name.toLowerCase())).join(' vs. ');

/** A role's facts as a bulleted mrkdwn list, with what the article does not say. */
export function groupText(kb: KnowledgeBase, group: FactGroup): string {
  const lines = [`*${roleEmoji(kb, group.role)} ${escapeText(group.label)}*`];
  for (const fact of group.facts) lines.push(`• ${escapeText(fact.text)}`);
  if (group.silent) lines.push(`_:information_source: ${escapeText(group.silent)}_`);
  return lines.join('\n');
}

/** The fallback's version of the facts: the same words, without bullets' markup. */
export const groupPlain = (group: FactGroup) =>
  [`${group.label}:`, ...group.facts.map((f) => `- ${escapeText(f.text)}`), ...(group.silent ? [escapeText(group.silent)] : [])].join('\n');

export const citationLine = (c: Citation) =>
  `:books: Source: *${escapeText(c.section)}*, in _${escapeText(c.title)}_ (${escapeText(c.publisher)}, ${escapeText(c.dateLabel)})`;

export const citationPlain = (c: Citation) => `Source: "${escapeText(c.section)}", in "${escapeText(c.title)}" (${escapeText(c.publisher)}, ${escapeText(c.dateLabel)})`;

export const sourceLine = (kb: KnowledgeBase) =>
  `:books: Source: _${escapeText(kb.source.title)}_ (${escapeText(kb.source.publisher)}, ${escapeText(kb.source.dateLabel)})`;

/** The question as the user wrote it, escaped, so it is visible what was answered. */
export function askedContext(answer: Answer) {
  const cut = answer.truncated ? ' _(a long question: only its first part was read)_' : '';
  return context([`:speech_balloon: You asked: “${escapeText(answer.question)}”${cut}`], 'asked');
}

export const topicButton = (kb: KnowledgeBase, topic: TopicId, roles: readonly RoleId[], id: string = topic, label?: string): Button =>
  button('open', `topic-${id}`, label ?? kb.topics[topic].title, { k: 'topic', t: topic, r: [...roles] });

export const allTopicButtons = (kb: KnowledgeBase): Button[] =>
  topicsInOrder(kb).map((t) => topicButton(kb, t.id, []));

export const compareAllButton = (label = 'All topics side by side'): Button =>
  button('open', 'compare-all', label, { k: 'compare' });

export const shareButton = (request: CardRequest): Button =>
  button('share', 'card', ':mega: Share in channel', request);

export function feedbackButtons(answer: Answer): Button[] {
  const about = { t: answer.topic, r: answer.roles, q: answer.question };
  return [
    button('feedback', 'up', ':thumbsup: Helpful', { vote: 'up', ...about }),
    button('feedback', 'down', ':thumbsdown: Not helpful', { vote: 'down', ...about }),
  ];
}

export const topicTitles = (kb: KnowledgeBase) => listWords(topicsInOrder(kb).map((t) => t.title.toLowerCase()));

export type CardOptions = {
  /** The reply only its asker sees: it gets a "Share in channel" button carrying this request. */
  share?: CardRequest;
};

export const withShare = (buttons: Button[], options: CardOptions): Button[] =>
  options.share ? [...buttons, shareButton(options.share)] : buttons;

export type { Message };
