import type { Button, ContextBlock } from '@slack/types';
import { formatDateLabel } from '../knowledge/dates.ts';
import { kindWord, sourcesName } from '../knowledge/words.ts';
import { roleSpace } from '../search/roles.ts';
import {
  BOTH,
  type CitedFact,
  type KnowledgeBase,
  type RoleId,
  type Source,
  type TopicId,
} from '../knowledge/schema.ts';
import type { Answer, Citation, FactGroup } from '../search/answer.ts';
import { button, context, type Message } from './elements.ts';
import { SLACK_LIMITS } from './limits.ts';
import { escapeText, listWords } from './text.ts';
import type { CardRequest } from './values.ts';

// Pieces several cards share: how a role, a fact group, a citation and the common buttons look.

const BOTH_EMOJI = ':busts_in_silhouette:';

const LOCAL_EMOJI = ':hospital:';

/** Topics in the knowledge's order, whatever order their files were read in. */
export const topicsInOrder = (kb: KnowledgeBase) => kb.topicOrder.map((id) => kb.topics[id]!);

/** Roles in the knowledge's order: the main pair first. */
export const rolesInOrder = (kb: KnowledgeBase) => kb.roleOrder.map((id) => kb.roles[id]!);

export const roleEmoji = (kb: KnowledgeBase, role: RoleId) => (role === BOTH ? BOTH_EMOJI : kb.roles[role]!.emoji);

/** A role's name; its id when an edit has removed it since a card or escalation named it. */
const roleName = (kb: KnowledgeBase, role: RoleId) => kb.roles[role]?.name ?? role;

/** Role names in a line, the first capitalised: "Case manager & care manager", "Case manager vs. care manager". */
const namesJoined = (kb: KnowledgeBase, roles: readonly RoleId[], joiner: string) =>
  roles.map((r, i) => (i === 0 ? roleName(kb, r) : roleName(kb, r).toLowerCase())).join(joiner);

export const rolesLabel = (kb: KnowledgeBase, roles: readonly RoleId[]) => namesJoined(kb, roles, ' & ');

/** "Case manager vs. care manager": the roles compared, the main pair unless others are given. */
export const versusLabel = (kb: KnowledgeBase, pair: readonly RoleId[] = kb.settings.mainPair) =>
  namesJoined(kb, pair, ' vs. ');

/** A fact as a line: the hospital's own marked so, since it may differ from the article below it. */
export const factLine = (fact: Pick<CitedFact, 'text' | 'local'>) =>
  fact.local ? `${LOCAL_EMOJI} _Our hospital:_ ${escapeText(fact.text)}` : escapeText(fact.text);

/** A role's facts as a bulleted mrkdwn list, with what the article does not say. */
export function groupText(kb: KnowledgeBase, group: FactGroup): string {
  const lines = [`*${roleEmoji(kb, group.role)} ${escapeText(group.label)}*`];
  for (const fact of group.facts) lines.push(`• ${factLine(fact)}`);
  if (group.silent) lines.push(`_:information_source: ${escapeText(group.silent)}_`);
  return lines.join('\n');
}

/** A fact in plain words, the hospital's own marked so: Slack's fallback text (escaped), or a terminal's (`escaping` left out). */
export const factPlain = (fact: Pick<CitedFact, 'text' | 'local'>, escaping: (text: string) => string = escapeText) =>
  `${fact.local ? 'Our hospital: ' : ''}${escaping(fact.text)}`;

/** The fallback's version of the facts: the same words, without bullets' markup. */
export const groupPlain = (group: FactGroup) =>
  [
    `${group.label}:`,
    ...group.facts.map((f) => `- ${factPlain(f)}`),
    ...(group.silent ? [escapeText(group.silent)] : []),
  ].join('\n');

const reviewedLabel = (c: Pick<Citation, 'reviewed'>) => `reviewed ${formatDateLabel(c.reviewed)}`;

/** Who stands behind a source: its publisher and date, or for notes the HR team wrote, who wrote them. */
const byWhom = (c: Citation) =>
  c.author ? `written by ${c.author}, ${c.dateLabel}` : `${c.publisher}, ${c.dateLabel}`;

/** One source an answer cites: where in it, what it is, whose it is, and when a person last checked it. */
export function citationLine(c: Citation): string {
  const where = c.section ? `*${escapeText(c.section)}*, in ` : '';
  const lead = c.local ? `${LOCAL_EMOJI} Our hospital's own:` : ':books: Source:';
  return `${lead} ${where}_${escapeText(c.title)}_ (${escapeText(byWhom(c))}) · ${reviewedLabel(c)}`;
}

/** A citation in plain words: Slack's fallback text (escaped), or a terminal's (`escaping` left out). */
export function citationPlain(c: Citation, escaping: (text: string) => string = escapeText): string {
  const where = c.section ? `"${escaping(c.section)}", in ` : '';
  return `${c.local ? "Our hospital's own" : 'Source'}: ${where}"${escaping(c.title)}" (${escaping(byWhom(c))}), ${reviewedLabel(c)}`;
}

/** Every citation of an answer, as many context blocks as Slack's ten elements a block take: none is dropped. */
export function citationBlocks(citations: readonly Citation[]): ContextBlock[] {
  const blocks: ContextBlock[] = [];
  for (let i = 0; i < citations.length; i += SLACK_LIMITS.contextElements) {
    blocks.push(
      context(
        citations.slice(i, i + SLACK_LIMITS.contextElements).map(citationLine),
        i === 0 ? 'citation' : `citation-${i / SLACK_LIMITS.contextElements + 1}`,
      ),
    );
  }
  return blocks;
}

/** Every source the knowledge has, in one line, for cards that draw on all of them (help, App Home, overview). */
export function sourceLine(kb: KnowledgeBase): string {
  const sources = Object.values(kb.sources).sort((a, b) => Number(b.local) - Number(a.local));
  const one = (s: Source) =>
    `_${escapeText(s.title)}_ (${escapeText(s.publisher)}, ${escapeText(s.dateLabel)}; ${reviewedLabel(s)})`;
  return `:books: ${sources.length === 1 ? 'Source' : 'Sources'}: ${sources.map(one).join(' · ')}`;
}

/** The question as the user wrote it, escaped, so it is visible what was answered. */
export function askedContext(answer: Answer) {
  const cut = answer.truncated ? ' _(a long question: only its first part was read)_' : '';
  return context([`:speech_balloon: You asked: “${escapeText(answer.question)}”${cut}`], 'asked');
}

export const topicButton = (
  kb: KnowledgeBase,
  topic: TopicId,
  roles: readonly RoleId[],
  id: string = topic,
  label?: string,
): Button =>
  button('open', `topic-${id}`, label ?? kb.topics[topic]!.title, { kind: 'topic', topic, roles: [...roles] });

export const allTopicButtons = (kb: KnowledgeBase): Button[] => topicsInOrder(kb).map((t) => topicButton(kb, t.id, []));

export const compareAllButton = (label = 'All topics side by side', pair?: readonly RoleId[]): Button =>
  button('open', pair ? `compare-all-${pair.join('-')}` : 'compare-all', label, {
    kind: 'compare',
    ...(pair ? { roles: [...pair] } : {}),
  });

export const shareButton = (request: CardRequest): Button =>
  button('share', 'card', ':mega: Share in channel', request);

export function feedbackButtons(answer: Answer, asked?: CardOptions['asked']): Button[] {
  const about = {
    topic: answer.topic,
    roles: answer.roles,
    question: answer.question,
    ...(asked ? { surface: asked } : {}),
  };
  return [
    button('feedback', 'up', ':thumbsup: Helpful', { vote: 'up', ...about }),
    button('feedback', 'down', ':thumbsdown: Not helpful', { vote: 'down', ...about }),
  ];
}

/** What the bot says to a lookup or a request to act (contacts.json): its line and where to ask instead. */
export const cannotDoLines = (kb: KnowledgeBase, answer: Pick<Answer, 'reason'>) =>
  answer.reason === 'request' ? kb.contacts.requests : kb.contacts;

/** Whether the answer declines something the bot cannot do: look up, or act for the asker. */
export const cannotDo = (answer: Pick<Answer, 'reason'>) => answer.reason === 'lookup' || answer.reason === 'request';

export const topicTitles = (kb: KnowledgeBase) => listWords(topicsInOrder(kb).map((t) => t.title.toLowerCase()));

export type CardOptions = {
  /** The reply only its asker sees: it gets a "Share in channel" button carrying this request. */
  share?: CardRequest;
  /** An answer nobody asked for (ANSWER_CHANNELS): its votes are counted apart. */
  asked?: 'unprompted';
};

export const withShare = (buttons: Button[], options: CardOptions): Button[] =>
  options.share ? [...buttons, shareButton(options.share)] : buttons;

export type { Message };

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** "two", "three": how cards say a small count. */
export const countWord = (n: number) => COUNT_WORDS[n] ?? String(n);

/** Every role the knowledge has, plain: "case managers and care managers" (each name through `mark`, if given). */
export const rolesPhrase = (kb: KnowledgeBase, mark = (name: string) => name) =>
  listWords(rolesInOrder(kb).map((r) => mark(r.plural.toLowerCase())));

/** The same for mrkdwn: "*case managers* and *care managers*". */
export const rolesSentence = (kb: KnowledgeBase) => rolesPhrase(kb, (name) => `*${name}*`);

/**
 * The main pair as cards name it where it is what a button opens: "both roles" while there are only two, else
 * "case managers and care managers".
 */
export const mainPairWords = (kb: KnowledgeBase) =>
  kb.roleOrder.length === 2
    ? 'both roles'
    : listWords(kb.settings.mainPair.map((r) => kb.roles[r]!.plural.toLowerCase()));

/** The label of the button that compares the main pair, every topic. */
export const compareMainPairLabel = (kb: KnowledgeBase) =>
  kb.roleOrder.length === 2 ? 'Compare the two roles' : `Compare ${mainPairWords(kb)}`;

/** A row of comparisons offered on Help and App Home: more than this is a wall of buttons, not a choice. */
const MAX_COMPARE_BUTTONS = 5;

/**
 * The comparisons to offer: the main pair, then each other role with the first of the main pair (a role the
 * hospital added is most often weighed against the role it knows best).
 */
export function compareButtons(kb: KnowledgeBase): Button[] {
  const [first] = kb.settings.mainPair;
  const others = kb.roleOrder.filter((r) => !kb.settings.mainPair.includes(r));
  const withFirst = (r: RoleId) =>
    compareAllButton(
      `Compare ${kb.roles[r]!.plural.toLowerCase()} with ${kb.roles[first]!.plural.toLowerCase()}`,
      roleSpace(kb).ordered([first, r]),
    );
  return [compareAllButton(compareMainPairLabel(kb)), ...others.map(withFirst)].slice(0, MAX_COMPARE_BUTTONS);
}

/** What the bot answers from, as a sentence names it ("the article", "the sources"), and whether it is one. */
export const theSources = (kb: KnowledgeBase): { name: string; one: boolean } => ({
  name: sourcesName(kb),
  one: Object.keys(kb.sources).length === 1,
});

/** What the bot answers from: "one article", or "three sources" once the hospital has added its own. */
export function sourcesPhrase(kb: KnowledgeBase): string {
  const sources = Object.values(kb.sources);
  return sources.length === 1 ? `one ${kindWord(sources[0]!)}` : `${countWord(sources.length)} sources`;
}

/** The bot's title: the main pair, and how many more roles it knows. */
export function botTitle(kb: KnowledgeBase): string {
  const more = kb.roleOrder.length - 2;
  return `career-bot: ${versusLabel(kb).toLowerCase()}${more > 0 ? ` (+${more} more ${more === 1 ? 'role' : 'roles'})` : ''}`;
}

/**
 * The joke told for a message: one of the knowledge's (`conversation.json` `jokes`), picked by the message's text, so
 * the same message gets the same joke and "another one" most often a different one.
 */
export function jokeFor(kb: KnowledgeBase, question: string): string {
  const jokes = kb.conversation.jokes;
  let sum = 0;
  for (const char of question) sum += char.codePointAt(0)!;
  return jokes[sum % jokes.length]!;
}

/** Said after a joke, back to what the bot is for: "Jokes aside, I answer questions about case managers and ...". */
export const jokesAside = (kb: KnowledgeBase) => `Jokes aside, I answer questions about ${rolesPhrase(kb)}.`;
