import type { KnowledgeBase } from '../knowledge/schema.ts';
import { actions, fallback, section, type Message } from './elements.ts';
import { allTopicButtons, compareAllButton, mainPairWords, topicTitles, withShare, type CardOptions } from './parts.ts';
import { escapeText } from './text.ts';

/** The topics as buttons, each opening that topic for the main pair. */
export function topicsCard(kb: KnowledgeBase, options: CardOptions = {}): Message {
  const intro = `Pick a topic to see what I know about ${mainPairWords(kb)}:`;
  return {
    text: fallback([`Topics I can answer: ${escapeText(topicTitles(kb))}.`]),
    blocks: [
      section(`*${intro}*`, 'intro'),
      actions(allTopicButtons(kb), 'topics'),
      actions(withShare([compareAllButton()], options), 'more'),
    ],
  };
}
