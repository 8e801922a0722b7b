import type { KnownBlock } from '@slack/types';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import type { Answer } from '../search/answer.ts';
import { declineCard } from './decline-card.ts';
import { actions, context, fallback, header, section, type Message } from './elements.ts';
import {
  askedContext,
  citationLine,
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

export type AnswerCardOptions = CardOptions & {
  /** Show the question (a typed question, not a topic button). */
  showQuestion?: boolean;
};

/** The answer to a question: role(s) and topic, the facts per role, the citation, and where to go next. */
export function answerCard(kb: KnowledgeBase, answer: Answer, options: AnswerCardOptions = {}): Message {
  if (answer.kind !== 'answer' || answer.topic === null || answer.citation === null) return declineCard(kb, answer, options);
  const topic = kb.topics[answer.topic];
  const title = `${rolesLabel(kb, answer.roles)} · ${topic.title}`;
  const blocks: KnownBlock[] = [header(title)];
  if (options.showQuestion) blocks.push(askedContext(answer));
  answer.groups.forEach((group) => blocks.push(section(groupText(kb, group), `facts-${group.role}`)));
  blocks.push(context([citationLine(answer.citation)], 'citation'));

  if (answer.alternatives.length > 0) {
    blocks.push(
      context(['Not quite it? *Did you mean:*'], 'did-you-mean-label'),
      actions(answer.alternatives.map((a) => topicButton(kb, a.topic, answer.roles, `alt-${a.topic}`, a.title)), 'did-you-mean'),
    );
  }
  blocks.push(
    actions(
      [
        ...topic.related.map((t) => topicButton(kb, t, answer.roles)),
        button('open', 'compare-topic', ':left_right_arrow: Compare both roles', { k: 'compare', t: answer.topic }),
      ],
      'next',
    ),
    actions(withShare(feedbackButtons(answer), options), 'feedback'),
  );

  return {
    text: fallback([title, ...answer.groups.map(groupPlain), citationPlain(answer.citation)]),
    blocks,
  };
}
