import { describe, expect, it } from 'vitest';
import {
  answerModal,
  expertsCard,
  modalNotices,
  relayedAnswer,
  renderRequest,
  withAskHr,
  escalationFor,
  feedbackAck,
  escalationForFeedback,
} from '../../src/blocks/index.ts';
import { threeRoleKnowledge } from '../support/knowledge-copy.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import type { Escalation } from '../../src/storage/escalations.ts';
import { blockKitProblems, visibleTexts } from './check-message.ts';

// The HR team's cards with the worst text people can type, checked against Block Kit's limits.
const answerer = createAnswerer(loadKnowledge());
const HOSTILE = [
  'x'.repeat(500),
  '<!channel> & <@U123> '.repeat(40),
  '\u0001'.repeat(500),
  '"\\'.repeat(250),
  '🧑‍⚕️'.repeat(100),
  'how much does the CCM exam cost?',
];

const escalation = (question: string, answer: string | null): Escalation => ({
  id: '6f1c3a9e-1d2b-4c5d-8e7f-0a1b2c3d4e5f',
  createdAt: new Date('2026-12-01T10:00:00Z'),
  question,
  reason: 'not-covered',
  topic: 'certification',
  roles: ['case-manager'],
  gap: 'The article does not say what certification or its exam costs.',
  askerId: 'U0ASKER',
  where: { kind: 'thread', channel: 'C0GENERAL', threadTs: '1764583200.000100' },
  expertsMessage: null,
  answer,
  answeredBy: answer ? 'U0EXPERT' : null,
  answeredAt: answer ? new Date('2026-12-01T11:00:00Z') : null,
  deliveredAt: null,
  deliveryError: answer ? 'x'.repeat(600) : null,
});

describe('the HR team cards stay within Block Kit limits and escape what people typed', () => {
  it.each(HOSTILE)('%#', (text) => {
    const card = withAskHr(feedbackAck('up'), { reason: 'declined', question: text, topic: null, roles: [] });
    expect(blockKitProblems(card)).toEqual([]);
    const down = withAskHr(
      feedbackAck('down'),
      escalationForFeedback({ vote: 'down', topic: 'salary', roles: [], question: text }),
    );
    expect(blockKitProblems(down)).toEqual([]);
    for (const e of [escalation(text, null), escalation(text, `${text}\n`.repeat(20))]) {
      const shown = expertsCard(answerer.kb, e, 'careers-hospital');
      expect(blockKitProblems(shown)).toEqual([]);
      expect(visibleTexts(shown).join('\n')).not.toMatch(/<!channel>|<@U123>/);
    }
    const relayed = relayedAnswer({
      question: text,
      answer: `${text} `.repeat(20),
      expertId: 'U0EXPERT',
      askerId: 'U0ASKER',
    });
    expect(blockKitProblems(relayed)).toEqual([]);
    expect([relayed.text, ...visibleTexts(relayed)].join('\n')).not.toMatch(/<!channel>|<@U123>/);
    const modal = answerModal('6f1c3a9e', text);
    expect(modal.title.text.length).toBeLessThanOrEqual(24);
    expect(JSON.stringify(modal.blocks)).not.toMatch(/<!channel>/);
    expect(modalNotices.alreadyAnswered(escalation(text, text)).blocks).toHaveLength(1);
  });

  it('offers the HR team only for a decline, a gap or a 👎, never for a full answer or small talk', () => {
    expect(escalationFor(answerer.ask('what does a plumber earn'))?.reason).toBe('declined');
    expect(escalationFor(answerer.ask('how much does the CCM exam cost?'))?.reason).toBe('not-covered');
    expect(escalationFor(answerer.ask('what does a case manager do'))).toBeNull();
    expect(escalationFor(answerer.ask('thanks!'))).toBeNull();
    expect(escalationFor(answerer.ask(''))).toBeNull();
    expect(escalationForFeedback({ vote: 'up', topic: 'salary', roles: [], question: 'pay?' })).toBeNull();
  });
});

describe('"Ask the HR team" on a comparison', () => {
  const three = threeRoleKnowledge();
  const threeRoles = createAnswerer(loadKnowledge(three.dir));
  three.remove();
  const askButton = (message: { blocks?: unknown[] }) =>
    (message.blocks as Array<{ block_id?: string; elements?: Array<{ value?: string }> }>).find(
      (b) => b.block_id === 'ask-hr',
    )?.elements?.[0];

  it('is offered when a side has nothing from any source, asked as the comparison itself', () => {
    const request = { kind: 'compare' as const, topic: 'work-environment', roles: ['case-manager', 'social-worker'] };
    const offered = askButton(renderRequest(request, threeRoles, { ephemeral: true, askHr: true }).message);
    expect(JSON.parse(offered!.value!)).toMatchObject({
      e: 'not-covered',
      q: 'Case manager vs. hospital social worker · Work environment',
      t: 'work-environment',
      r: ['case-manager', 'social-worker'],
    });
    expect(askButton(renderRequest(request, threeRoles, { ephemeral: true }).message)).toBeUndefined();
  });

  it('is not offered when both sides are covered', () => {
    expect(
      askButton(renderRequest({ kind: 'compare', topic: 'salary' }, threeRoles, { askHr: true }).message),
    ).toBeUndefined();
  });
});
