import { describe, expect, it } from 'vitest';
import { answerMessage, homeView, renderCard, feedbackAck, type CardRequest } from '../../src/blocks/index.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { RoleId } from '../../src/knowledge/schema.ts';
import { createAnswerer, type Answer, type SmallTalk } from '../../src/search/answer.ts';
import { blockKitProblems, visibleTexts } from './check-message.ts';

const answerer = createAnswerer(loadKnowledge());
const kb = answerer.kb;

const ROLE_SETS: RoleId[][] = [
  [],
  ['case-manager'],
  ['care-manager'],
  [...kb.settings.mainPair],
  ['care-manager', 'case-manager'],
];
const HOSTILE = [
  '',
  'x'.repeat(10_000),
  `care manager salary ${'<!channel> '.repeat(900)}`,
  '\u0001'.repeat(10_000),
  '"\\'.repeat(5000),
  '🧑‍⚕️'.repeat(3000),
  'Wie viel verdient ein Case Manager?',
  '看护经理的工资是多少',
  '<!channel> <@U123> what does a care manager do & earn?',
  'what does a plumber earn',
  'requirements',
];
const questions = [...HOSTILE, ...kb.topicOrder.flatMap((t) => kb.topics[t]!.ask.examples)];

const requests: CardRequest[] = [
  { kind: 'help' },
  { kind: 'topics' },
  { kind: 'compare' },
  { kind: 'compare', unknownTopic: 'y'.repeat(10_000) },
  ...kb.topicOrder.map((t): CardRequest => ({ kind: 'compare', topic: t })),
  ...kb.topicOrder.flatMap((t) => ROLE_SETS.map((r): CardRequest => ({ kind: 'topic', topic: t, roles: r }))),
  ...questions.map((q): CardRequest => ({ kind: 'ask', question: q })),
];

describe('every card stays within Slack limits', () => {
  it.each([false, true])('for every request (ephemeral: %s)', (ephemeral) => {
    for (const request of requests) {
      const message = renderCard(request, answerer, { ephemeral });
      expect(blockKitProblems(message), JSON.stringify(request).slice(0, 80)).toEqual([]);
    }
  });

  it('for the App Home view and feedback acknowledgements', () => {
    expect(blockKitProblems(homeView(kb), 'home')).toEqual([]);
    for (const vote of ['up', 'down'] as const) expect(blockKitProblems(feedbackAck(vote))).toEqual([]);
  });

  it('for the replies of a conversation: followed answers, gap notes, small talk', () => {
    const kinds: SmallTalk[] = ['greeting', 'thanks', 'farewell', 'identity', 'capabilities', 'praise', 'bare'];
    const replies: Answer[] = [
      ...kinds.map((smalltalk): Answer => ({ ...answerer.ask(''), kind: 'smalltalk', smalltalk })),
      ...kb.topicOrder.flatMap((t) =>
        ROLE_SETS.filter((r) => r.length > 0).flatMap((r) =>
          HOSTILE.map(
            (q): Answer => ({
              ...answerer.topic(t, r),
              question: q,
              usedContext: true,
              covered: false,
              gap: `The article does not say ${q}.`,
            }),
          ),
        ),
      ),
    ];
    for (const answer of replies) {
      const { message } = answerMessage(answerer, answer);
      expect(blockKitProblems(message), `${answer.kind} ${answer.question.slice(0, 40)}`).toEqual([]);
      for (const text of visibleTexts(message)) expect(text).not.toMatch(/<[!@#]/);
    }
  });

  it('never lets user text ping anyone or inject markup', () => {
    for (const q of HOSTILE) {
      for (const text of visibleTexts(renderCard({ kind: 'ask', question: q }, answerer, { ephemeral: true }))) {
        expect(text).not.toMatch(/<[!@#]/);
      }
    }
    for (const text of visibleTexts(renderCard({ kind: 'compare', unknownTopic: '<!here> & <@U1>' }, answerer)))
      expect(text).not.toMatch(/<[!@#]/);
  });
});
