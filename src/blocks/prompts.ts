import type { KnowledgeBase, TopicId } from '../knowledge/schema.ts';

/** An example question as Slack's suggested prompts take it: a short title, and the message sent when clicked. */
export type Prompt = { title: string; message: string };

// Slack shows at most four suggested prompts; the small-talk reply offers the same ones as buttons.
const PROMPT_TOPICS: readonly TopicId[] = ['certification', 'salary', 'work-environment'];

const asQuestion = (text: string) => {
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[?.!]$/.test(sentence) ? sentence : `${sentence}?`;
};

/**
 * A few questions that show what the bot does: the comparison it exists for, then one question per chosen
 * topic, worded as the knowledge base's own examples so each is answered as shown.
 */
export function suggestedPrompts(kb: KnowledgeBase): Prompt[] {
  const [caseRole, careRole] = kb.settings.mainPair.map((id) => kb.roles[id]!);
  return [
    {
      title: 'The difference',
      message: `What's the difference between a ${caseRole!.name.toLowerCase()} and a ${careRole!.name.toLowerCase()}?`,
    },
    ...PROMPT_TOPICS.filter((topic) => kb.topics[topic]).map((topic) => ({
      title: kb.topics[topic]!.title,
      message: asQuestion(kb.topics[topic]!.ask.examples[0]!),
    })),
  ];
}
