import type { KnownBlock } from '@slack/types';
import { ROLE_IDS, type KnowledgeBase, type TopicId } from '../knowledge/schema.ts';
import type { Answer, FactGroup } from '../search/answer.ts';
import { actions, button, context, fallback, fieldsSection, header, section, type Message } from './elements.ts';
import {
  citationLine,
  citationPlain,
  compareAllButton,
  feedbackButtons,
  groupPlain,
  groupText,
  roleEmoji,
  sourceLine,
  topicsInOrder,
  versusLabel,
  withShare,
  type CardOptions,
} from './parts.ts';
import { SLACK_LIMITS } from './limits.ts';
import { clip, escapeText } from './text.ts';

/** One topic, the two roles side by side (an answer for both roles, as `answerer.topic(t)` gives). */
export function compareCard(kb: KnowledgeBase, answer: Answer, options: CardOptions = {}): Message {
  const topic = kb.topics[answer.topic!];
  const title = `${versusLabel(kb)} · ${topic.title}`;
  const byRole = (role: FactGroup['role']) => answer.groups.find((g) => g.role === role);
  const sides = ROLE_IDS.map((r) => byRole(r)).filter((g): g is FactGroup => g !== undefined);
  const both = byRole('both');
  const blocks: KnownBlock[] = [header(title), fieldsSection(sides.map((g) => groupText(kb, g)), 'side-by-side')];
  if (both) blocks.push(section(groupText(kb, both), 'facts-both'));
  if (answer.citation) blocks.push(context([citationLine(answer.citation)], 'citation'));
  blocks.push(
    actions([compareAllButton()], 'next'),
    actions(withShare(feedbackButtons(answer), options), 'feedback'),
  );
  return {
    text: fallback([title, ...answer.groups.map(groupPlain), answer.citation ? citationPlain(answer.citation) : '']),
    blocks,
  };
}

// Each role's cell in the overview: its first fact, short.
const SHORT_CELL = 180;

/** Every topic in brief, both roles side by side, each with a button to open it in full. */
export function compareAllCard(kb: KnowledgeBase, options: CardOptions & { unknownTopic?: string } = {}): Message {
  const title = versusLabel(kb);
  const blocks: KnownBlock[] = [header(title)];
  if (options.unknownTopic !== undefined) {
    blocks.push(
      context([`:mag: I don't know a topic called “${escapeText(clip(options.unknownTopic, 200))}”, so here is every topic.`], 'unknown-topic'),
    );
  }
  blocks.push(
    fieldsSection(ROLE_IDS.map((r) => `*${roleEmoji(kb, r)} ${kb.roles[r].name}*\n${escapeText(kb.roles[r].summary)}`), 'roles'),
  );
  const cell = (topic: TopicId, role: (typeof ROLE_IDS)[number]) => {
    const entry = kb.topics[topic];
    const first = entry.facts[role][0]?.text ?? entry.facts.both[0]?.text ?? entry.silent?.[role] ?? '—';
    return `${roleEmoji(kb, role)} ${escapeText(clip(first, SHORT_CELL))}`;
  };
  for (const topic of topicsInOrder(kb)) {
    blocks.push({
      ...fieldsSection(ROLE_IDS.map((r) => cell(topic.id, r)), `topic-${topic.id}`, `*${escapeText(topic.title)}*`),
      accessory: button('open', `compare-${topic.id}`, 'Side by side', { k: 'compare', t: topic.id }),
    });
  }
  blocks.push(context([sourceLine(kb)], 'citation'));
  if (options.share) blocks.push(actions(withShare([], options), 'share'));
  const lines = topicsInOrder(kb).map(
    (t) => `${t.title}: ${ROLE_IDS.map((r) => `${kb.roles[r].name}: ${clip(kb.topics[t.id].facts[r][0]?.text ?? '—', SHORT_CELL)}`).join(' | ')}`,
  );
  return { text: fallback([title, ...lines.map(escapeText)]).slice(0, SLACK_LIMITS.fallbackText), blocks };
}
