import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand } from '../../src/emulator/index.ts';
import { blockKitProblems, visibleTexts } from '../blocks/check-message.ts';
import { fieldTexts } from '../support/block-kit.ts';
import { buttonLabelled, buttonsOf, citationOf, headerOf, startHarness, type Harness } from './harness.ts';

// `/career ...` as Slack sends it: form-encoded and signed. The reply is the acknowledgement's body.
describe('/career slash command', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const career = async (text: string) => {
    const res = await h.send(slashCommand({ text }));
    expect(res.status).toBe(200);
    const reply = (await res.json()) as { response_type: string; text: string; blocks: unknown[] };
    expect(blockKitProblems(reply)).toEqual([]);
    return reply;
  };

  it('answers a question ephemerally with a cited card and a Share button', async () => {
    const reply = await career('what certification does a care manager need');
    expect(reply.response_type).toBe('ephemeral');
    expect(headerOf(reply)).toBe('Care manager · Licenses and certifications');
    expect(citationOf(reply)).toContain('*Licenses and certifications*');
    expect(citationOf(reply)).toContain('Case Manager vs. Care Manager: Definitions and Key Differences');
    expect(citationOf(reply)).toContain('June 3, 2021');
    expect(reply.text).toContain('Care manager · Licenses and certifications');
    buttonLabelled(reply, 'Share in channel');
    buttonLabelled(reply, 'Compare both roles');
    buttonLabelled(reply, 'Helpful');
  });

  it('treats "ask <question>" like a question', async () => {
    const reply = await career('ask how much does a case manager make');
    expect(headerOf(reply)).toBe('Case manager · Salary');
    expect(JSON.stringify(reply.blocks)).toContain('will not guess');
  });

  it('compares the two roles across all topics, with a button per topic', async () => {
    const reply = await career('compare');
    expect(headerOf(reply)).toBe('Case manager vs. care manager');
    expect(buttonsOf(reply).filter((b) => b.text.text === 'Side by side')).toHaveLength(8);
  });

  it('compares one topic side by side, typos allowed', async () => {
    const reply = await career('compare certifcation');
    expect(headerOf(reply)).toBe('Case manager vs. care manager · Licenses and certifications');
    const fields = fieldTexts(reply, 'side-by-side');
    expect(fields.map((text) => text.split('\n')[0])).toEqual([
      '*:clipboard: Case manager*',
      '*:handshake: Care manager*',
    ]);
  });

  it('says when the topic to compare is unknown, and shows them all', async () => {
    const reply = await career('compare astrology');
    expect(JSON.stringify(reply.blocks)).toContain("I don't know a topic called “astrology”");
  });

  it('lists the topics as buttons', async () => {
    const reply = await career('topics');
    expect(buttonsOf(reply).map((b) => b.text.text)).toEqual(
      expect.arrayContaining([
        'What the role is',
        'Job duties',
        'Education',
        'Experience',
        'Licenses and certifications',
        'Work environment',
        'Salary',
        'Skills',
      ]),
    );
  });

  it.each(['help', '', '   '])('shows help with examples for %j', async (text) => {
    const reply = await career(text);
    expect(headerOf(reply)).toBe('career-bot: case manager vs. care manager');
    expect(JSON.stringify(reply.blocks)).toContain('/career compare &lt;topic&gt;');
    expect(JSON.stringify(reply.blocks)).toContain('what certification does a care manager need');
  });

  describe('bad input gets a clear answer', () => {
    it('a 10,000-character question: answered from its first part, and says so', async () => {
      const reply = await career(`what does a care manager earn ${'very '.repeat(2000)}`);
      expect(headerOf(reply)).toBe('Care manager · Salary');
      expect(JSON.stringify(reply.blocks)).toContain('only its first part was read');
    });

    it('mentions and channel pings in the question are escaped, never live', async () => {
      const reply = await career('<!channel> <@U123> what does a case manager do?');
      expect(headerOf(reply)).toBe('Case manager · Job duties');
      const seen = visibleTexts(reply).join('\n');
      expect(seen).toContain('&lt;!channel&gt; &lt;@U123&gt; what does a case manager do?');
      expect(seen).not.toMatch(/<[!@#]/);
    });

    it('what Slack sends escaped is shown as typed, escaped once, not twice', async () => {
      // Someone typed "<b> & what does a case manager do?": Slack sends it with entities.
      const reply = await career('&lt;b&gt; &amp; what does a case manager do?');
      expect(headerOf(reply)).toBe('Case manager · Job duties');
      const seen = visibleTexts(reply).join('\n');
      expect(seen).toContain('&lt;b&gt; &amp; what does a case manager do?');
      expect(seen).not.toContain('&amp;lt;');
    });

    it.each(['🙂🙂🙂', 'Wie viel verdient ein Pfleger?', '看护经理的工资是多少', '&&&&<<<>>>'])('%s', async (text) => {
      const reply = await career(text);
      expect(reply.response_type).toBe('ephemeral');
      expect(reply.text.length).toBeGreaterThan(0);
      expect(visibleTexts(reply).join('\n')).not.toMatch(/<[!@#]/);
    });

    it('a question about another job is declined, naming the job', async () => {
      const reply = await career('how much does a plumber make');
      expect(reply.text).toContain(
        "I only know about two roles, case managers and care managers, so I can't tell you about plumbers.",
      );
    });
  });
});
