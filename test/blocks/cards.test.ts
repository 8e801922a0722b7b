import { describe, expect, it } from 'vitest';
import {
  compareAllCard,
  decodeAnswerRequest,
  decodeCardRequest,
  decodeEscalate,
  decodeFeedback,
  decodeOptOut,
  encodeValue,
  escapeText,
  feedbackAck,
  helpCard,
  homeView,
  renderCard,
  topicsCard,
  type Escalate,
  type Message,
} from '../../src/blocks/index.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { buttonsOf, citationOf, fieldTexts, headerOf } from '../support/block-kit.ts';
import { visibleTexts } from './check-message.ts';

const answerer = createAnswerer(loadKnowledge());
const kb = answerer.kb;

const all = (m: { blocks: unknown[] }) => JSON.stringify(m.blocks);
const buttons = buttonsOf;
const labels = (m: Message) => buttons(m).map((b) => b.text.text);

describe('answer card', () => {
  const card = renderCard({ kind: 'ask', question: 'what certification does a care manager need' }, answerer, {
    ephemeral: true,
  });

  it('heads with the role and topic, lists the facts and cites section, article and date', () => {
    expect(headerOf(card)).toBe('Care manager · Licenses and certifications');
    expect(all(card)).toContain('Care manager');
    expect(citationOf(card)).toContain('*Licenses and certifications*');
    expect(citationOf(card)).toContain('Case Manager vs. Care Manager: Definitions and Key Differences');
    expect(citationOf(card)).toContain('June 3, 2021');
    expect(card.text).toContain('Care manager · Licenses and certifications');
    expect(card.text).toContain('Source: "Licenses and certifications"');
  });

  it('offers related topics, comparison, feedback and sharing', () => {
    expect(labels(card)).toEqual(
      expect.arrayContaining([
        ':left_right_arrow: Compare both roles',
        ':thumbsup: Helpful',
        ':thumbsdown: Not helpful',
        ':mega: Share in channel',
      ]),
    );
    for (const related of kb.topics.certification!.related) expect(labels(card)).toContain(kb.topics[related]!.title);
    const share = buttons(card).find((b) => b.action_id.startsWith('share:'))!;
    expect(decodeCardRequest(share.value)).toEqual({
      kind: 'ask',
      question: 'what certification does a care manager need',
    });
    const down = buttons(card).find((b) => b.action_id === 'feedback:down')!;
    expect(decodeFeedback(down.value)).toEqual({
      vote: 'down',
      topic: 'certification',
      roles: ['care-manager'],
      question: 'what certification does a care manager need',
    });
  });

  it('has no share button when everyone already sees it', () => {
    expect(labels(renderCard({ kind: 'ask', question: 'care manager salary' }, answerer))).not.toContain(
      ':mega: Share in channel',
    );
  });

  it('says what the article does not say', () => {
    const salary = renderCard({ kind: 'topic', topic: 'salary', roles: ['case-manager'] }, answerer);
    expect(all(salary)).toContain(kb.topics.salary!.silent['case-manager']!);
    expect(salary.text).toContain('will not guess');
  });

  it('offers "Did you mean" buttons when unsure', () => {
    const unsure = renderCard({ kind: 'ask', question: 'care manager requirements' }, answerer);
    const alternatives = answerer.ask('care manager requirements').alternatives;
    expect(alternatives.length).toBeGreaterThan(0);
    expect(all(unsure)).toContain('Did you mean');
    for (const alt of alternatives) {
      const b = buttons(unsure).find((x) => x.action_id === `open:topic-alt-${alt.topic}`)!;
      expect(decodeCardRequest(b.value)).toEqual({ kind: 'topic', topic: alt.topic, roles: ['care-manager'] });
    }
  });

  it('escapes the question it echoes', () => {
    const card = renderCard({ kind: 'ask', question: '<!channel> what does a case manager do & <@U123>?' }, answerer);
    expect(all(card)).toContain('&lt;!channel&gt; what does a case manager do &amp; &lt;@U123&gt;?');
    expect(visibleTexts(card).join('\n')).not.toMatch(/<[!@]/);
  });
});

describe('decline card', () => {
  it('names the other job, escaped, and says it knows only the two roles', () => {
    const card = renderCard({ kind: 'ask', question: 'what does a plumber earn' }, answerer);
    expect(card.text).toContain(
      "I only know about two roles, case managers and care managers, so I can't tell you about plumbers.",
    );
    expect(labels(card)).toEqual(expect.arrayContaining(kb.topicOrder.map((t) => kb.topics[t]!.title)));
  });

  it('offers the topics for nonsense and explains an empty question', () => {
    expect(renderCard({ kind: 'ask', question: 'tell me about the weather' }, answerer).text).toContain(
      'I only know about two roles',
    );
    // Nothing asked is small talk: a hello and what the bot answers, never a refusal.
    const empty = renderCard({ kind: 'ask', question: '   ' }, answerer);
    expect(empty.text).toContain('I answer questions about case managers and care managers');
  });
});

describe('comparison cards', () => {
  it('puts the two roles side by side for one topic', () => {
    const card = renderCard({ kind: 'compare', topic: 'certification' }, answerer);
    expect(headerOf(card)).toBe('Case manager vs. care manager · Licenses and certifications');
    const side = fieldTexts(card, 'side-by-side');
    expect(side).toHaveLength(2);
    expect(side[0]).toContain('Case manager');
    expect(side[1]).toContain('Care manager');
    expect(citationOf(card)).toContain('Licenses and certifications');
  });

  it('summarises every topic with a button to open each', () => {
    const card = compareAllCard(kb);
    const values = buttons(card).map((b) => decodeCardRequest(b.value));
    for (const t of kb.topicOrder) expect(values).toContainEqual({ kind: 'compare', topic: t });
    expect(citationOf(card)).toContain('June 3, 2021');
  });

  it('says when a topic name was not understood', () => {
    const card = renderCard({ kind: 'compare', unknownTopic: '<b>astrology</b>' }, answerer);
    expect(all(card)).toContain("I don't know a topic called “&lt;b&gt;astrology&lt;/b&gt;”");
  });
});

describe('topics, help, feedback and home', () => {
  it('lists topics as buttons', () => {
    const card = topicsCard(kb);
    expect(labels(card)).toEqual(expect.arrayContaining(kb.topicOrder.map((t) => kb.topics[t]!.title)));
  });

  it('explains usage with examples', () => {
    const card = helpCard(kb);
    expect(all(card)).toContain('/career compare &lt;topic&gt;');
    expect(all(card)).toContain(kb.topics.certification!.ask.examples[0]);
  });

  it('acknowledges feedback', () => {
    expect(feedbackAck('up').text).toContain('Thanks for the feedback');
    expect(feedbackAck('down').text).toContain('Thanks for the feedback');
  });

  it('shows the roles, topics and how to ask on App Home', () => {
    const view = homeView(kb);
    expect(view.type).toBe('home');
    const text = JSON.stringify(view.blocks);
    for (const role of Object.values(kb.roles)) expect(text).toContain(role.summary);
    expect(labels(view as unknown as Message)).toEqual(
      expect.arrayContaining(kb.topicOrder.map((t) => kb.topics[t]!.title)),
    );
    expect(text).toContain('How to ask');
  });
});

describe('values and escaping', () => {
  it('escapes the three characters Slack reads as markup', () => {
    expect(escapeText('a & <b> c')).toBe('a &amp; &lt;b&gt; c');
  });

  it('keeps button values decodable and within 2000 characters', () => {
    const value = encodeValue({ kind: 'ask', question: '"'.repeat(3000) });
    expect(value.length).toBeLessThanOrEqual(2000);
    expect(decodeCardRequest(value)?.kind).toBe('ask');
    // A topic the knowledge does not have (an old button after an edit) decodes, and is answered with every topic.
    const old = decodeCardRequest('{"k":"topic","t":"astrology","r":["social-worker"]}');
    expect(old).not.toBeNull();
    expect(all(renderCard(old!, answerer))).toContain("I don't know a topic called “astrology”");
    expect(decodeCardRequest('{"k":"topic","t":"Astrology!","r":[]}')).toBeNull();
    expect(decodeCardRequest('not json')).toBeNull();
  });

  it('reads every kind of button value as messages already posted carry it (short keys), into named fields', () => {
    expect(decodeCardRequest('{"k":"compare","t":"salary","r":["case-manager","social-worker"]}')).toEqual({
      kind: 'compare',
      topic: 'salary',
      roles: ['case-manager', 'social-worker'],
    });
    expect(decodeCardRequest('{"k":"compare","u":"astrology"}')).toEqual({
      kind: 'compare',
      unknownTopic: 'astrology',
    });
    expect(decodeFeedback('{"vote":"up","t":null,"r":[],"q":"pay?","s":"unprompted"}')).toEqual({
      vote: 'up',
      topic: null,
      roles: [],
      question: 'pay?',
      surface: 'unprompted',
    });
    expect(
      decodeEscalate(
        '{"e":"not-helpful","q":"pay?","t":"salary","r":["care-manager"],"g":"the exam fee","w":{"k":"thread","c":"C0ABC","ts":"1.2"}}',
      ),
    ).toEqual({
      reason: 'not-helpful',
      question: 'pay?',
      topic: 'salary',
      roles: ['care-manager'],
      gap: 'the exam fee',
      where: { kind: 'thread', channel: 'C0ABC', threadTs: '1.2' },
    });
    expect(decodeAnswerRequest('{"id":"e1","q":"pay?"}')).toEqual({ id: 'e1', question: 'pay?' });
    expect(decodeOptOut('{"o":"unprompted"}')).toEqual({ optOut: 'unprompted' });
    // Named fields are the app's own: a value spelled with them is not one a button carries.
    expect(decodeCardRequest('{"kind":"help"}')).toBeNull();
  });

  it('writes values with the same short keys it reads', () => {
    const escalate: Escalate = {
      reason: 'not-covered',
      question: 'q',
      topic: 'salary',
      roles: ['case-manager'],
      gap: 'g',
      where: { kind: 'dm', channel: 'D0X' },
    };
    expect(JSON.parse(encodeValue(escalate))).toEqual({
      e: 'not-covered',
      q: 'q',
      t: 'salary',
      r: ['case-manager'],
      g: 'g',
      w: { k: 'dm', c: 'D0X' },
    });
    expect(decodeEscalate(encodeValue(escalate))).toEqual(escalate);
  });
});
