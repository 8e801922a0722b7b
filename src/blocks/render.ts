import type { KnowledgeBase, RoleId } from '../knowledge/schema.ts';
import { roleSpace } from '../search/roles.ts';
import type { Answer, Answerer } from '../search/answer.ts';
import { answerCard, type Reading } from './answer-card.ts';
import { escalationFor, withAskHr, withPrivacyNote } from './ask-hr.ts';
import { compareAllCard, compareCard } from './compare-card.ts';
import { versusLabel } from './parts.ts';
import { declineCard } from './decline-card.ts';
import type { Message } from './elements.ts';
import { helpCard } from './help-card.ts';
import { smallTalkCard } from './smalltalk-card.ts';
import { topicsCard } from './topics-card.ts';
import { MAX_ROLES_ON_A_CARD, type CardRequest } from './values.ts';

export type RenderOptions = {
  /** Only the asker sees the reply, so it offers "Share in channel". */
  ephemeral?: boolean;
  /** The app has an HR team to ask (EXPERTS_CHANNEL): a question it declines or cannot fully cover offers it. */
  askHr?: boolean;
};

/** A card, with what it was: the kind of card and the answer behind it (what the outcome log records). */
export type Rendered = { message: Message; card: CardRequest['kind'] | 'smalltalk'; answer?: Answer };

const sameReading = (a: Reading, b: Reading) => a.topic === b.topic && a.roles.join() === b.roles.join();

/**
 * How a question that followed the conversation reads on its own: its own answer when it has one, else, for an
 * answer about one role, the same topic for both. Null when there is no other sensible reading.
 */
function otherReading(answerer: Answerer, answer: Answer): Reading | null {
  if (!answer.usedContext || answer.topic === null) return null;
  const used = { topic: answer.topic, roles: answer.roles };
  const alone = answerer.ask(answer.question);
  const candidate =
    alone.kind === 'answer' && alone.topic !== null
      ? { topic: alone.topic, roles: alone.roles }
      : answer.roles.length === 1
        ? { topic: answer.topic, roles: roleSpace(answerer.kb).pairOf(answer.roles[0]!) }
        : null;
  return candidate && !sameReading(candidate, used) ? candidate : null;
}

/** The reply to a typed question, from its answer: an answer card, a friendly reply to small talk, or a decline. */
export function answerMessage(answerer: Answerer, answer: Answer, share?: CardRequest, askHr = false): Rendered {
  const kb = answerer.kb;
  if (answer.kind === 'smalltalk')
    return { message: withPrivacyNote(smallTalkCard(kb, answer), answer), card: 'smalltalk', answer };
  const card =
    answer.kind === 'answer'
      ? answerCard(kb, answer, { share, showQuestion: true, otherReading: otherReading(answerer, answer) })
      : declineCard(kb, answer, { share });
  const message = withPrivacyNote(card, answer);
  return { message: askHr ? withAskHr(message, escalationFor(answer)) : message, card: 'ask', answer };
}

type Renderers = {
  [K in CardRequest['kind']]: (
    request: Extract<CardRequest, { kind: K }>,
    answerer: Answerer,
    share?: CardRequest,
    askHr?: boolean,
  ) => Rendered;
};

const RENDERERS: Renderers = {
  ask: (r, a, share, askHr) => answerMessage(a, a.ask(r.question), share, askHr),
  topic: (r, a, share) => {
    if (!a.kb.topics[r.topic])
      return { message: compareAllCard(a.kb, { share, unknownTopic: r.topic }), card: 'compare' };
    const answer = a.topic(r.topic, roleSpace(a.kb).known(r.roles));
    return { message: answerCard(a.kb, answer, { share }), card: 'topic', answer };
  },
  compare: (r, a, share, askHr) => {
    const pair = comparedPair(a.kb, r.roles);
    // The words typed for the topic are shown as kept: a comparison card may be shared in a channel.
    const unknownTopic = r.topic ?? (r.unknownTopic === undefined ? undefined : a.keptText(r.unknownTopic));
    if (!r.topic || !a.kb.topics[r.topic])
      return { message: compareAllCard(a.kb, { share, unknownTopic, pair }), card: 'compare' };
    const answer = a.topic(r.topic, pair);
    const message = compareCard(a.kb, answer, { share });
    // A side no source covers: the HR team can answer it, asked as the comparison's own title.
    const asked = `${versusLabel(a.kb, answer.roles)} · ${answer.topicTitle}`;
    return {
      message: askHr ? withAskHr(message, escalationFor({ ...answer, question: asked })) : message,
      card: 'compare',
      answer,
    };
  },
  topics: (_r, a, share) => ({ message: topicsCard(a.kb, { share }), card: 'topics' }),
  help: (_r, a) => ({ message: helpCard(a.kb), card: 'help' }),
};

/** The roles a comparison asks for, or the main pair when it names fewer than two the knowledge still has. */
function comparedPair(kb: KnowledgeBase, roles: readonly RoleId[] | undefined): RoleId[] {
  const known = roleSpace(kb)
    .known(roles ?? [])
    .slice(0, MAX_ROLES_ON_A_CARD);
  return known.length >= 2 ? known : [...kb.settings.mainPair];
}

/**
 * A request as the card it asks for: its roles known, once each, in order. The cache is keyed by this, so "case,
 * case" or "care, case" is the same card as "case" or "case, care", and old ids are not kept.
 */
function cleaned(request: CardRequest, kb: KnowledgeBase): CardRequest {
  if (request.kind === 'topic') return { ...request, roles: roleSpace(kb).known(request.roles) };
  if (request.kind === 'compare' && request.roles) {
    const pair = comparedPair(kb, request.roles);
    const { roles: _named, ...rest } = request;
    return roleSpace(kb).isMainPair(pair) ? rest : { ...request, roles: pair };
  }
  return request;
}

// Cards that depend only on the knowledge base (help, topics, comparisons, a topic for given roles) are the same
// for everyone, so each is built once per answerer. Questions and names typed by users are never kept: the
// cache stays as small as the knowledge base (under a hundred cards).
const constantCards = new WeakMap<Answerer, Map<string, Rendered>>();
// A request naming a topic the knowledge does not have is a typo or an old button: not kept either (its roles are
// cleaned before this).
const isConstant = (request: CardRequest, kb: KnowledgeBase) =>
  request.kind !== 'ask' &&
  !(request.kind === 'compare' && request.unknownTopic !== undefined) &&
  !('topic' in request && request.topic !== undefined && !kb.topics[request.topic]);

/** The card a request (a typed command, a button) asks for, with the answer behind it. */
export function renderRequest(asked: CardRequest, answerer: Answerer, options: RenderOptions = {}): Rendered {
  const request = cleaned(asked, answerer.kb);
  const render = RENDERERS[request.kind] as (
    r: CardRequest,
    a: Answerer,
    share?: CardRequest,
    askHr?: boolean,
  ) => Rendered;
  const build = () => render(request, answerer, options.ephemeral ? request : undefined, options.askHr);
  if (!isConstant(request, answerer.kb)) return build();
  let cards = constantCards.get(answerer);
  if (!cards) {
    cards = new Map();
    constantCards.set(answerer, cards);
  }
  const key = `${options.ephemeral ? 'e' : 'p'}${options.askHr ? 'h' : ''}${JSON.stringify(request)}`;
  let card = cards.get(key);
  if (!card) {
    card = build();
    cards.set(key, card);
  }
  return card;
}

/** The card a request (a typed command, a button) asks for. */
export const renderCard = (request: CardRequest, answerer: Answerer, options: RenderOptions = {}): Message =>
  renderRequest(request, answerer, options).message;
