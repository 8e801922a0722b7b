import type { KnownBlock } from '@slack/types';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import type { Answer } from '../search/answer.ts';
import { actions, context, fallback, section, type Message } from './elements.ts';
import {
  allTopicButtons,
  askedContext,
  compareAllButton,
  countWord,
  rolesSentence,
  sourcesPhrase,
  topicButton,
  topicTitles,
  topicsInOrder,
  withShare,
  type CardOptions,
} from './parts.ts';
import { escapeText } from './text.ts';
import { button } from './elements.ts';

// Which example questions to offer: one a topic would be too many for a refusal.
const EXAMPLE_COUNT = 3;

/**
 * A request to look up a person, a patient, an office, a phone or a schedule, or to do something for the asker (file,
 * write, send, refer): said kindly, with where to ask instead (the hospital's contacts.json), and what the bot does
 * answer.
 */
function lookupCard(kb: KnowledgeBase, answer: Answer, options: CardOptions): Message {
  const { reply, askInstead } = answer.reason === 'request' ? kb.contacts.requests : kb.contacts;
  const places = askInstead.map((c) => `• *${escapeText(c.what)}:* ${escapeText(c.where)}`);
  const blocks: KnownBlock[] = [
    askedContext(answer),
    section(escapeText(reply), 'declined'),
    section(`*Where to ask instead:*\n${places.join('\n')}`, 'ask-instead'),
    section(`*I can help with:* ${escapeText(topicTitles(kb))} for ${rolesSentence(kb)}.`, 'can-help'),
    actions(
      withShare([compareAllButton(), button('open', 'help', ':question: Help', { kind: 'help' })], options),
      'more',
    ),
  ];
  const where = askInstead.map((c) => `${c.what}: ${c.where}.`);
  return { text: fallback([escapeText(reply), ...where.map(escapeText)]), blocks };
}

/** A question the bot cannot answer (or none at all): say what it knows, and offer the topics. */
export function declineCard(kb: KnowledgeBase, answer: Answer, options: CardOptions = {}): Message {
  const cannotDo = answer.reason === 'lookup' || answer.reason === 'request';
  if (cannotDo && answer.kind === 'declined') return lookupCard(kb, answer, options);
  const roles = rolesSentence(kb);
  const count = countWord(kb.roleOrder.length);
  const from = sourcesPhrase(kb);
  // Small talk gets its own card from the Slack side; here it is greeted like a question with nothing in it.
  const nothingAsked = answer.kind === 'smalltalk';
  const intro = nothingAsked
    ? `Ask me about ${roles}: I answer from ${from} and cite it.`
    : answer.otherJob
      ? `I only know about ${count} roles, ${roles}, so I can't tell you about *${escapeText(answer.otherJob)}s*.`
      : `I couldn't match that to what I know. I only know about ${count} roles, ${roles}, from ${from}.`;
  const examples = topicsInOrder(kb)
    .slice(0, EXAMPLE_COUNT)
    .map((t) => `• _${escapeText(t.ask.examples[0]!)}_`);

  const blocks: KnownBlock[] = [];
  if (!nothingAsked) blocks.push(askedContext(answer));
  blocks.push(
    section(intro, 'declined'),
    section(`*I can help with:* ${escapeText(topicTitles(kb))}.\nFor example:\n${examples.join('\n')}`, 'can-help'),
  );
  if (answer.alternatives.length > 0) {
    blocks.push(
      context(['*Did you mean:*'], 'did-you-mean-label'),
      actions(
        answer.alternatives.map((a) => topicButton(kb, a.topic, [], `alt-${a.topic}`, a.title)),
        'did-you-mean',
      ),
    );
  }
  blocks.push(
    actions(allTopicButtons(kb), 'topics'),
    actions(
      withShare([compareAllButton(), button('open', 'help', ':question: Help', { kind: 'help' })], options),
      'more',
    ),
  );
  const plainIntro = intro.replace(/\*/g, '');
  return {
    text: fallback([plainIntro, `I can help with: ${escapeText(topicTitles(kb))}.`]),
    blocks,
  };
}
