import type { KnownBlock } from '@slack/types';
import type { KnowledgeBase, RoleId, TopicId } from '../knowledge/schema.ts';
import type { Answer } from '../search/answer.ts';
import { declineCard } from './decline-card.ts';
import { actions, context, fallback, header, section, type Message } from './elements.ts';
import {
  askedContext,
  citationBlocks,
  citationPlain,
  feedbackButtons,
  groupPlain,
  groupText,
  rolesLabel,
  topicButton,
  withShare,
  type CardOptions,
} from './parts.ts';
import { button } from './elements.ts';
import { escapeText } from './text.ts';
import { roleSpace } from '../search/roles.ts';

/** Another way to read a question: its topic for these roles. */
export type Reading = { topic: TopicId; roles: RoleId[] };

export type AnswerCardOptions = CardOptions & {
  /** Show the question (a typed question, not a topic button). */
  showQuestion?: boolean;
  /** For an answer that followed the conversation: how the question reads on its own, one click away. */
  otherReading?: Reading | null;
};

const FOLLOWING = '(following your last question)';

/**
 * What the bot understood when it read the question with the conversation's last one, so a wrong guess is
 * visible; the other reading is one click away, on a row of its own (as an accessory, a long label squeezes
 * the line it explains on narrow screens).
 */
function understoodBlocks(kb: KnowledgeBase, label: string, other: Reading | null | undefined): KnownBlock[] {
  const line = section(`:link: *${escapeText(label)}* _${FOLLOWING}_`, 'understood');
  if (!other) return [line];
  const otherLabel = `${rolesLabel(kb, other.roles)} · ${kb.topics[other.topic]!.title}`;
  return [
    line,
    actions([topicButton(kb, other.topic, other.roles, 'other-reading', `Instead: ${otherLabel}`)], 'other-reading'),
  ];
}

/**
 * "Compare both roles" for the pair the answer is about: the main pair, or, for another role, that role with the
 * first of the main pair (the comparison people here ask for most).
 */
function compareButton(kb: KnowledgeBase, topic: TopicId, roles: readonly RoleId[]) {
  const pair = roles.length >= 2 ? [...roles] : roleSpace(kb).pairOf(roles[0]!);
  const main = roleSpace(kb).isMainPair(pair);
  // "Both" is clear on a card about two roles, or while the knowledge has only two; else the label names the other.
  const both = roles.length === 2 || kb.roleOrder.length === 2;
  const other = kb.roles[pair.find((r) => r !== roles[0]) ?? pair[0]!]!;
  const label = both
    ? ':left_right_arrow: Compare both roles'
    : `:left_right_arrow: Compare with ${other.plural.toLowerCase()}`;
  return button('open', 'compare-topic', label, { kind: 'compare', topic, ...(main ? {} : { roles: pair }) });
}

/** What the article does not say, first and plainly, before what it does say. */
const gapText = (gap: string, topicTitle: string) => `${gap} What it says about ${topicTitle.toLowerCase()}:`;

/** The answer to a question: role(s) and topic, the facts per role, the citation, and where to go next. */
export function answerCard(kb: KnowledgeBase, answer: Answer, options: AnswerCardOptions = {}): Message {
  if (answer.kind !== 'answer' || answer.topic === null) return declineCard(kb, answer, options);
  const topic = kb.topics[answer.topic]!;
  const title = `${rolesLabel(kb, answer.roles)} · ${topic.title}`;
  const blocks: KnownBlock[] = [header(title)];
  if (options.showQuestion) blocks.push(askedContext(answer));
  if (answer.usedContext) blocks.push(...understoodBlocks(kb, title, options.otherReading));
  const gap = answer.gap ? gapText(answer.gap, topic.title) : null;
  if (gap) blocks.push(section(`:warning: ${escapeText(gap)}`, 'gap'));
  for (const group of answer.groups) blocks.push(section(groupText(kb, group), `facts-${group.role}`));
  blocks.push(...citationBlocks(answer.citations));

  if (answer.alternatives.length > 0) {
    blocks.push(
      context(['Not quite it? *Did you mean:*'], 'did-you-mean-label'),
      actions(
        answer.alternatives.map((a) => topicButton(kb, a.topic, answer.roles, `alt-${a.topic}`, a.title)),
        'did-you-mean',
      ),
    );
  }
  blocks.push(
    actions(
      [...topic.related.map((t) => topicButton(kb, t, answer.roles)), compareButton(kb, answer.topic, answer.roles)],
      'next',
    ),
    actions(withShare(feedbackButtons(answer, options.asked), options), 'feedback'),
  );

  return {
    text: fallback([
      gap ? escapeText(gap) : '',
      answer.usedContext ? `${title} ${FOLLOWING}` : title,
      ...answer.groups.map(groupPlain),
      ...answer.citations.map((c) => citationPlain(c)),
    ]),
    blocks,
  };
}
