import type { CardRequest } from '../blocks/index.ts';
import type { Answerer } from '../search/answer.ts';
import { cutText } from '../search/normalize.ts';
import { roleSpace } from '../search/roles.ts';

// A name people write that was not understood is echoed back; more than this is not a topic name.
const MAX_UNKNOWN_TOPIC = 100;

// One word alone is a command; followed by more words it is part of a question ("help me choose ...").
const ALONE: Record<string, CardRequest> = {
  '': { kind: 'help' },
  help: { kind: 'help' },
  '?': { kind: 'help' },
  topics: { kind: 'topics' },
  topic: { kind: 'topics' },
  compare: { kind: 'compare' },
  vs: { kind: 'compare' },
};

// Slack sends what people type with &, < and > as entities; read back, the cards escape them exactly once.
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** Text as the person typed it, from text as Slack sends it. */
export function fromSlackText(text: string): string {
  return text.replace(/&(?:lt|gt|amp);/g, (entity) => ENTITIES[entity]!);
}

/**
 * Reads what someone typed after `/career` (or to the bot in a mention or DM): `help`, `topics`,
 * `compare [topic]`, `ask <question>`, or a question. Only the start of a long text is read (cutText), first
 * of all, so no step after this one costs more for a longer message.
 */
export function parseRequest(text: string, answerer: Answerer): CardRequest {
  const trimmed = fromSlackText(cutText(text.trimStart())).trim();
  const [first = '', ...rest] = trimmed.split(/\s+/);
  const word = first.toLowerCase();
  const remainder = rest.join(' ');
  if (rest.length === 0 && ALONE[word]) return ALONE[word];
  if (word === 'ask') return { kind: 'ask', question: remainder };
  if (word === 'compare' || word === 'vs') return compareRequest(remainder, answerer);
  return { kind: 'ask', question: trimmed };
}

/**
 * `compare [roles] [topic]`: the main pair by default; "case manager and social worker salary" names its pair, and
 * one role named ("compare social worker pay") is set against the first of the main pair.
 */
function compareRequest(text: string, answerer: Answerer): CardRequest {
  const space = roleSpace(answerer.kb);
  const read = answerer.ask(text);
  const roles = read.kind === 'answer' ? read.roles : [];
  // Every role named is compared ("case manager, care manager and social worker salary": three side by side).
  const compared = roles.length === 1 ? space.pairOf(roles[0]!) : roles;
  const named = compared.length >= 2 && !space.isMainPair(compared) ? { roles: compared } : {};
  const topic = answerer.findTopic(text);
  if (topic) return { kind: 'compare', topic, ...named };
  // "compare case and care managers" names the roles, not a topic: that is the overview.
  if (read.reason === 'role-only') return { kind: 'compare', ...named };
  return { kind: 'compare', unknownTopic: text.slice(0, MAX_UNKNOWN_TOPIC) };
}

/** A mention's text (its start: cutText) without the bot's own mention(s), wherever they are. */
export function withoutMention(text: string, botUserId: string | undefined): string {
  const start = cutText(text);
  if (!botUserId) return start;
  return start
    .replace(new RegExp(`<@${botUserId}(?:\\|[^<>]*)?>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
