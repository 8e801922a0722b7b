import type { HomeView } from '@slack/types';
import { ROLE_IDS, type KnowledgeBase } from '../knowledge/schema.ts';
import { actions, context, divider, fieldsSection, header, section } from './elements.ts';
import { exampleQuestions, usageLines } from './help-card.ts';
import { allTopicButtons, compareAllButton, roleEmoji, sourceLine } from './parts.ts';
import { escapeText } from './text.ts';

/** The App Home tab: the two roles in brief, the topics as buttons, and how to ask. */
export function homeView(kb: KnowledgeBase): HomeView {
  return {
    type: 'home',
    blocks: [
      header('career-bot: case manager vs. care manager'),
      section(
        'I answer questions about two healthcare careers from one article, and cite the section each answer comes from.',
        'intro',
      ),
      fieldsSection(
        ROLE_IDS.map((r) => `*${roleEmoji(kb, r)} ${kb.roles[r].name}*\n${escapeText(kb.roles[r].summary)}`),
        'roles',
      ),
      divider('topics-divider'),
      header('Topics', 'topics-header'),
      section('Open a topic: I send you the card in our messages.', 'topics-intro'),
      actions(allTopicButtons(kb), 'topics'),
      actions([compareAllButton('Compare the two roles')], 'compare'),
      divider('usage-divider'),
      header('How to ask', 'usage-header'),
      section(usageLines(kb).join('\n'), 'usage'),
      context([`Try: ${exampleQuestions(kb).slice(0, 3).map((q) => `_${escapeText(q)}_`).join(' · ')}`], 'examples'),
      context([sourceLine(kb)], 'citation'),
    ],
  };
}
