import { ROLE_IDS } from '../knowledge/schema.ts';
import type { Answerer } from '../search/answer.ts';
import { answerCard } from './answer-card.ts';
import { escalationFor, withAskHr } from './ask-hr.ts';
import { compareAllCard, compareCard } from './compare-card.ts';
import type { Message } from './elements.ts';
import { helpCard } from './help-card.ts';
import { topicsCard } from './topics-card.ts';
import type { CardRequest } from './values.ts';

export type RenderOptions = {
  /** Only the asker sees the reply, so it offers "Share in channel". */
  ephemeral?: boolean;
  /** The app has an HR team to ask (EXPERTS_CHANNEL): a question it declines or cannot fully cover offers it. */
  askHr?: boolean;
};

type Renderers = {
  [K in CardRequest['k']]: (request: Extract<CardRequest, { k: K }>, answerer: Answerer, share?: CardRequest, askHr?: boolean) => Message;
};

const RENDERERS: Renderers = {
  ask: (r, a, share, askHr) => {
    const answer = a.ask(r.q);
    const card = answerCard(a.kb, answer, { share, showQuestion: true });
    return askHr ? withAskHr(card, escalationFor(answer)) : card;
  },
  topic: (r, a, share) => answerCard(a.kb, a.topic(r.t, r.r), { share }),
  compare: (r, a, share) =>
    r.t ? compareCard(a.kb, a.topic(r.t, [...ROLE_IDS]), { share }) : compareAllCard(a.kb, { share, unknownTopic: r.u }),
  topics: (_r, a, share) => topicsCard(a.kb, { share }),
  help: (_r, a) => helpCard(a.kb),
};

// Cards that depend only on the knowledge base (help, topics, comparisons, a topic for given roles) are the same
// for everyone, so each is built once per answerer. Questions and names typed by users are never kept: the
// cache stays as small as the knowledge base (under a hundred cards).
const constantCards = new WeakMap<Answerer, Map<string, Message>>();
const isConstant = (request: CardRequest) => request.k !== 'ask' && !(request.k === 'compare' && request.u !== undefined);

/** The card a request (a typed command, a button) asks for. */
export function renderCard(request: CardRequest, answerer: Answerer, options: RenderOptions = {}): Message {
  const render = RENDERERS[request.k] as (r: CardRequest, a: Answerer, share?: CardRequest, askHr?: boolean) => Message;
  const build = () => render(request, answerer, options.ephemeral ? request : undefined, options.askHr);
  if (!isConstant(request)) return build();
  let cards = constantCards.get(answerer);
  if (!cards) constantCards.set(answerer, (cards = new Map()));
  const key = `${options.ephemeral ? 'e' : 'p'}${JSON.stringify(request)}`;
  let card = cards.get(key);
  if (!card) cards.set(key, (card = build()));
  return card;
}
