import type { HomeView } from '@slack/types';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import { actions, context, divider, fieldsSection, header, section } from './elements.ts';
import { exampleQuestions, usageLines } from './help-card.ts';
import {
  allTopicButtons,
  botTitle,
  compareButtons,
  countWord,
  roleEmoji,
  rolesInOrder,
  sourceLine,
  sourcesPhrase,
} from './parts.ts';
import { escapeText } from './text.ts';

/** The App Home tab: every role in brief, the topics as buttons, and how to ask. */
export function homeView(kb: KnowledgeBase): HomeView {
  return {
    type: 'home',
    blocks: [
      header(botTitle(kb)),
      section(
        `I answer questions about ${countWord(kb.roleOrder.length)} healthcare careers from ${sourcesPhrase(kb)}, and cite the section each answer comes from.`,
        'intro',
      ),
      fieldsSection(
        rolesInOrder(kb).map((r) => `*${roleEmoji(kb, r.id)} ${r.name}*\n${escapeText(r.summary)}`),
        'roles',
      ),
      divider('topics-divider'),
      header('Topics', 'topics-header'),
      section('Open a topic: I send you the card in our messages.', 'topics-intro'),
      actions(allTopicButtons(kb), 'topics'),
      actions(compareButtons(kb), 'compare'),
      divider('usage-divider'),
      header('How to ask', 'usage-header'),
      section(usageLines(kb).join('\n'), 'usage'),
      context(
        [
          `Try: ${exampleQuestions(kb)
            .slice(0, 3)
            .map((q) => `_${escapeText(q)}_`)
            .join(' · ')}`,
        ],
        'examples',
      ),
      context([sourceLine(kb)], 'citation'),
    ],
  };
}
