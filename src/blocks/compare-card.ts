import type { KnownBlock } from '@slack/types';
import { BOTH, type KnowledgeBase, type RoleId, type TopicId } from '../knowledge/schema.ts';
import { roleSpace } from '../search/roles.ts';
import type { Answer } from '../search/answer.ts';
import { actions, button, context, fallback, fieldsSection, header, section, type Message } from './elements.ts';
import {
  citationBlocks,
  citationPlain,
  compareAllButton,
  factLine,
  factPlain,
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

/** One topic, two roles side by side (an answer for the pair, as `answerer.topic(t, pair)` gives). */
export function compareCard(kb: KnowledgeBase, answer: Answer, options: CardOptions = {}): Message {
  const topic = kb.topics[answer.topic!]!;
  const title = `${versusLabel(kb, answer.roles)} · ${topic.title}`;
  const sides = answer.groups.filter((g) => g.role !== BOTH);
  const both = answer.groups.find((g) => g.role === BOTH);
  const blocks: KnownBlock[] = [
    header(title),
    fieldsSection(
      sides.map((g) => groupText(kb, g)),
      'side-by-side',
    ),
  ];
  if (both) blocks.push(section(groupText(kb, both), 'facts-both'));
  blocks.push(...citationBlocks(answer.citations));
  blocks.push(
    actions([compareAllButton(undefined, isMainPair(kb, answer.roles) ? undefined : answer.roles)], 'next'),
    actions(withShare(feedbackButtons(answer), options), 'feedback'),
  );
  return {
    text: fallback([title, ...answer.groups.map(groupPlain), ...answer.citations.map((c) => citationPlain(c))]),
    blocks,
  };
}

// Each role's cell in the overview: its first fact, short.
const SHORT_CELL = 180;

const isMainPair = (kb: KnowledgeBase, roles: readonly RoleId[]) => roleSpace(kb).isMainPair(roles);

/** Every topic in brief, two roles side by side (the main pair unless another is given), each opening in full. */
export function compareAllCard(
  kb: KnowledgeBase,
  options: CardOptions & { unknownTopic?: string; pair?: readonly RoleId[] } = {},
): Message {
  const pair = options.pair ?? kb.settings.mainPair;
  const title = versusLabel(kb, pair);
  const blocks: KnownBlock[] = [header(title)];
  if (options.unknownTopic !== undefined) {
    blocks.push(
      context(
        [`:mag: I don't know a topic called “${escapeText(clip(options.unknownTopic, 200))}”, so here is every topic.`],
        'unknown-topic',
      ),
    );
  }
  blocks.push(
    fieldsSection(
      pair.map((r) => `*${roleEmoji(kb, r)} ${kb.roles[r]!.name}*\n${escapeText(kb.roles[r]!.summary)}`),
      'roles',
    ),
  );
  // The hospital's own fact, where it comes first, keeps its mark here too: it may differ from the article.
  const firstSaid = (topic: TopicId, role: RoleId) => {
    const entry = kb.topics[topic]!;
    const fact = entry.facts[role]?.[0];
    return { text: clip(fact?.text ?? entry.silent[role] ?? '—', SHORT_CELL), local: fact?.local ?? false };
  };
  const asked = isMainPair(kb, pair) ? {} : { roles: [...pair] };
  for (const topic of topicsInOrder(kb)) {
    blocks.push({
      ...fieldsSection(
        pair.map((r) => `${roleEmoji(kb, r)} ${factLine(firstSaid(topic.id, r))}`),
        `topic-${topic.id}`,
        `*${escapeText(topic.title)}*`,
      ),
      accessory: button('open', `compare-${topic.id}`, 'Side by side', { kind: 'compare', topic: topic.id, ...asked }),
    });
  }
  blocks.push(context([sourceLine(kb)], 'citation'));
  if (options.share) blocks.push(actions(withShare([], options), 'share'));
  const lines = topicsInOrder(kb).map(
    (t) =>
      `${t.title}: ${pair.map((r) => `${kb.roles[r]!.name}: ${factPlain(firstSaid(t.id, r), (text) => text)}`).join(' | ')}`,
  );
  return { text: fallback([title, ...lines.map(escapeText)]).slice(0, SLACK_LIMITS.fallbackText), blocks };
}
