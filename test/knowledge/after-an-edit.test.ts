import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expertsCard, renderRequest } from '../../src/blocks/index.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../src/knowledge/load.ts';
import { replay } from '../../src/conversation/context.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { parseRequest } from '../../src/slack/parse-request.ts';
import type { Escalation } from '../../src/storage/escalations.ts';
import { visibleTexts } from '../blocks/check-message.ts';
import { threeRoleKnowledge } from '../support/knowledge-copy.ts';

// What outlives an edit of the knowledge: conversations stored for half an hour (and shared by instances), buttons
// on old cards, escalations waiting for the HR team. None may break the bot once a role or topic is gone.
const shipped = createAnswerer(loadKnowledge());
const three = threeRoleKnowledge();
const threeRoles = createAnswerer(loadKnowledge(three.dir));
const extra = mkdtempSync(join(tmpdir(), 'career-bot-extra-'));
afterAll(() => {
  three.remove();
  rmSync(extra, { recursive: true, force: true });
});

describe('after a role or topic was removed', () => {
  it('a stored conversation about it is forgotten, not a crash', () => {
    // Read as if nothing came before, not on the removed topic.
    const alone = shipped.ask('compare them');
    expect(shipped.ask('compare them', { topic: 'schedule', roles: ['social-worker'] })).toMatchObject({
      kind: alone.kind,
      topic: alone.topic,
      roles: alone.roles,
      usedContext: false,
    });
    const salary = shipped.ask('and the other one?', {
      topic: 'salary',
      roles: ['case-manager'],
      recent: ['case-manager', 'social-worker'],
    });
    expect(salary).toMatchObject({ kind: 'answer', topic: 'salary', roles: ['care-manager'] });
  });

  it("the HR team's card for an escalation about it still shows", () => {
    const escalation: Escalation = {
      id: '6f1c3a9e-1d2b-4c5d-8e7f-0a1b2c3d4e5f',
      createdAt: new Date('2026-12-01T10:00:00Z'),
      question: 'where do social workers work?',
      reason: 'not-covered',
      topic: 'work-environment',
      roles: ['social-worker'],
      gap: null,
      askerId: 'U0ASKER',
      where: { kind: 'dm', channel: 'D0ASKER' },
      expertsMessage: null,
      answer: null,
      answeredBy: null,
      answeredAt: null,
      deliveredAt: null,
      deliveryError: null,
    };
    expect(visibleTexts(expertsCard(shipped.kb, escalation)).join('\n')).toContain('social-worker · Work environment');
  });

  it('a button naming it, or naming a role twice, opens the card for the roles that are left, once each', () => {
    const twice = renderRequest(
      { kind: 'topic', topic: 'salary', roles: ['care-manager', 'care-manager', 'social-worker'] },
      shipped,
    );
    expect(twice.answer!.groups.map((g) => g.role)).toEqual(['care-manager']);
    // The same card whatever the order or repeats: one cache entry, not one per spelling.
    const a = renderRequest({ kind: 'compare', topic: 'salary', roles: ['social-worker', 'case-manager'] }, threeRoles);
    expect(
      renderRequest(
        { kind: 'compare', topic: 'salary', roles: ['case-manager', 'social-worker', 'case-manager'] },
        threeRoles,
      ),
    ).toBe(a);
  });
});

describe('comparing and citing', () => {
  it("compares every role named, up to a card's worth", () => {
    const request = parseRequest('compare case manager, care manager and social worker salary', threeRoles);
    expect(request).toEqual({
      kind: 'compare',
      topic: 'salary',
      roles: ['case-manager', 'care-manager', 'social-worker'],
    });
    expect(visibleTexts(renderRequest(request, threeRoles).message)[0]).toContain(
      'Case manager vs. care manager vs. hospital social worker · Salary',
    );
  });

  it("a fact file citing the topic's own source keeps its own section", () => {
    cpSync(DEFAULT_KNOWLEDGE_DIR, extra, { recursive: true });
    mkdirSync(join(extra, 'facts'), { recursive: true });
    const fact = {
      role: 'case-manager',
      topic: 'salary',
      section: 'Introduction',
      text: 'Case managers plan and coordinate care.',
      quote:
        'Providing patients with proper healthcare often involves a professional who plans and coordinates that care.',
    };
    writeFileSync(
      join(extra, 'facts', 'intro.json'),
      JSON.stringify({ source: 'indeed-case-vs-care-2021', facts: [fact] }),
    );
    const answer = createAnswerer(loadKnowledge(extra)).ask('how much do case managers make');
    expect(answer.citations.map((c) => c.section)).toEqual(['Salary / Introduction']);
  });
});

describe('what no source covers, said for the knowledge at hand', () => {
  it('names "the article" while it is the only source, "the sources" once there are more', () => {
    expect(shipped.ask('how much does the CCM exam cost').gap).toBe(
      'Nothing in the article says what certification or its exam costs.',
    );
    expect(threeRoles.ask('how much does the LCSW exam cost').gap).toBe(
      'Nothing in the sources says what certification or its exam costs.',
    );
  });
});

describe('"both" with three roles', () => {
  it('is the pair the conversation is about, even when the message names its own topic', () => {
    const turn = replay(threeRoles, ['tell me about social workers', 'and care managers']);
    expect(threeRoles.ask('whats the work environment for both', turn)).toMatchObject({
      topic: 'work-environment',
      roles: ['care-manager', 'social-worker'],
      covered: false,
    });
    expect(
      shipped.ask('whats the work environment for both', replay(shipped, ['what is a case manager'])),
    ).toMatchObject({ roles: ['case-manager', 'care-manager'] });
  });
});
