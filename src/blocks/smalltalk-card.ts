import type { KnownBlock } from '@slack/types';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import type { Answer, SmallTalk } from '../search/answer.ts';
import { actions, button, fallback, section, type Message } from './elements.ts';
import { suggestedPrompts } from './prompts.ts';
import { jokeFor, jokesAside, rolesSentence, sourcesPhrase } from './parts.ts';

// Said in one line: after an answer, "thanks!" wants a reply, not the bot's whole introduction again. Said first
// in a conversation, thanks and praise are followed by the introduction; a goodbye never is.
const ONE_LINE: Partial<Record<SmallTalk, string>> = {
  thanks: "You're welcome! :blush: Ask me anything else about these careers.",
  praise: 'Thank you! :blush: Glad I could help.',
  apology: 'No need to apologise! :blush: Ask me as much as you like about these careers.',
  farewell: 'Bye for now! :wave: Come back any time with a question about these careers.',
};

// Everything else gets a short hello, what the bot does, and a few questions to try.
const OPENING: Partial<Record<SmallTalk, string>> = {
  greeting: 'Hi! :wave:',
  identity: "I'm career-bot.",
  capabilities: "Here's what I can do.",
  bare: 'Hi! :wave: You called?',
};

/** A friendly reply to small talk ("hi", "thanks!", "who are you?", a bare mention): never a refusal. */
export function smallTalkCard(kb: KnowledgeBase, answer: Answer): Message {
  const kind = answer.smalltalk ?? 'greeting';
  if (kind === 'joke') return jokeCard(kb, answer);
  const line = ONE_LINE[kind];
  if (line && (answer.usedContext || kind === 'farewell'))
    return { text: fallback([line]), blocks: [section(line, 'smalltalk')] };

  const opening = line ?? OPENING[kind] ?? OPENING.greeting!;
  const roles = rolesSentence(kb);
  const intro = `${opening} I answer questions about ${roles} from ${sourcesPhrase(kb)}, and cite the section each answer comes from. Ask in your own words, or try one of these:`;
  const prompts = suggestedPrompts(kb);
  const blocks: KnownBlock[] = [
    section(intro, 'smalltalk'),
    actions(
      prompts.map((p, i) => button('open', `prompt-${i}`, p.message, { kind: 'ask', question: p.message })),
      'prompts',
    ),
    actions(
      [
        button('open', 'topics', ':bookmark_tabs: Topics', { kind: 'topics' }),
        button('open', 'help', ':question: Help', { kind: 'help' }),
      ],
      'more',
    ),
  ];
  return { text: fallback([intro.replace(/\*/g, ''), ...prompts.map((p) => `- ${p.message}`)]), blocks };
}

/** A joke asked for gets one, short, then a line back to what the bot is for and the questions to try. */
function jokeCard(kb: KnowledgeBase, answer: Answer): Message {
  const line = `${jokeFor(kb, answer.question)}\n${jokesAside(kb)}`;
  const prompts = suggestedPrompts(kb);
  const asks = prompts.map((p, i) => button('open', `prompt-${i}`, p.message, { kind: 'ask', question: p.message }));
  return {
    text: fallback([line, ...prompts.map((p) => `- ${p.message}`)]),
    blocks: [section(line, 'smalltalk'), actions(asks, 'prompts')],
  };
}
