import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appHomeOpened,
  blockActions,
  DEFAULT_IDS,
  directMessage,
  messageTs,
  slashCommand,
  type SlackRequest,
} from '../../src/emulator/index.ts';
import { decodeCardRequest } from '../../src/blocks/index.ts';
import { createLiveKnowledge, type LiveKnowledge } from '../../src/search/live.ts';
import { blockKitProblems } from '../blocks/check-message.ts';
import { eventually, saveFile, threeRoleKnowledge } from '../support/knowledge-copy.ts';
import { blockById, blockOf, contextTexts, fieldTexts, textOf } from '../support/block-kit.ts';
import {
  buttonLabelled,
  buttonsOf,
  citationOf,
  clickOnMessage,
  headerOf,
  recordingLogger,
  startHarness,
  type Harness,
  type LogLine,
} from './harness.ts';

// Issue 12's proof that roles and sources are data: a third role (a hospital social worker, from a source written
// for the tests) and a hospital's own policy are added to a copy of the knowledge folder as files, and the real app
// answers from them through signed HTTP requests, as Slack would send them.

type Card = { text: string; blocks: unknown[]; channel?: string; response_type?: string; replace_original?: boolean };

const EXPERTS = 'C0HREXPERTS';
const ROLE_FILE = join('roles', 'social-worker.json');
const SOCIAL_WORKER_SOURCE = 'Hospital Social Worker: Role Overview';
const ARTICLE = 'Case Manager vs. Care Manager: Definitions and Key Differences';
const POLICY = 'Case and care management staff policy';
const OUR_HOSPITAL = ':hospital: _Our hospital:_';

/** The side-by-side cells of a comparison, one per role, in order. */
const sides = (card: Card): string[] => fieldTexts(card, 'side-by-side');

/** Every citation line on a card, in order. */
const citations = (card: Card) => contextTexts(blockOf(card, 'citation', 'context'));

/** What people read on a card: its texts, not the values its buttons carry back to the app. */
const visible = (message: object) => JSON.stringify(message, (key, value) => (key === 'value' ? undefined : value));

describe('a third role and a local source, added as files', () => {
  let h: Harness;
  let live: LiveKnowledge;
  let copy: ReturnType<typeof threeRoleKnowledge>;
  const knowledgeLog: LogLine[] = [];
  let clicks = 0;

  beforeAll(async () => {
    copy = threeRoleKnowledge();
    live = await createLiveKnowledge({ dir: copy.dir, watch: true, logger: recordingLogger(knowledgeLog) });
    h = await startHarness({}, { knowledge: live, env: { EXPERTS_CHANNEL: EXPERTS } });
  });
  afterAll(async () => {
    live?.close();
    await h?.close();
    copy?.remove();
  });

  /** What the asker of `/career <text>` reads: the acknowledgement's card, only they see it. */
  const career = async (text: string): Promise<Card> => {
    const res = await h.send(slashCommand({ text }));
    expect(res.status).toBe(200);
    const card = (await res.json()) as Card;
    expect(blockKitProblems(card)).toEqual([]);
    return card;
  };

  /** Sends an event and returns the card the app posted for it. */
  const posted = async (request: SlackRequest): Promise<Card> => {
    const after = h.standIn.mark();
    expect((await h.send(request)).status).toBe(200);
    const card = (await h.standIn.waitFor('chat.postMessage', { after })).args as Card;
    expect(blockKitProblems(card)).toEqual([]);
    return card;
  };

  /** Clicks a button on an ephemeral reply and returns what the app posted to the click's response_url. */
  const click = async (card: Card, label: string): Promise<Card> => {
    const button = buttonLabelled(card, label);
    const id = `third-role-click-${++clicks}`;
    const res = await h.send(
      blockActions({ action_id: button.action_id, value: button.value, response_url: h.standIn.responseUrl(id) }),
    );
    expect(res.status).toBe(200);
    const reply = (await h.standIn.waitFor((c) => c.kind === 'response_url' && c.responseId === id)).args as Card;
    expect(blockKitProblems(reply)).toEqual([]);
    return reply;
  };

  it('answers about the new role, citing its own source and when it was reviewed', async () => {
    const card = await career('what does a hospital social worker do');
    expect(headerOf(card)).toBe('Hospital social worker · Job duties');
    expect(textOf(card, 'facts-social-worker')).toContain('Lead discharge planning');
    expect(citationOf(card)).toContain(`_${SOCIAL_WORKER_SOURCE}_`);
    expect(citationOf(card)).toContain('reviewed November 20, 2026');
    expect(visible(card)).not.toContain(ARTICLE);
  });

  it("compares the new role with a case manager: the hospital's own pay band first, marked, and cited first", async () => {
    const card = await career('compare case manager and social worker salary');
    expect(headerOf(card)).toBe('Case manager vs. hospital social worker · Salary');
    const [caseManager, socialWorker] = sides(card);
    expect(caseManager).toContain('Case manager');
    const caseLines = caseManager!.split('\n').filter((l) => l.startsWith('•'));
    expect(caseLines[0]).toBe(`• ${OUR_HOSPITAL} Our pay band for case managers is $72,000 to $88,000 a year.`);
    expect(caseLines.slice(1).join('\n')).not.toContain(OUR_HOSPITAL);
    expect(socialWorker).toContain('Hospital social worker');
    expect(socialWorker).toContain('$64,360 per year');
    expect(socialWorker).not.toContain(OUR_HOSPITAL);
    const cited = citations(card);
    expect(cited).toHaveLength(3);
    expect(cited[0]).toMatch(/^:hospital: Our hospital's own: .*Case and care management staff policy/);
    expect(cited[1]).toContain(ARTICLE);
    expect(cited[2]).toContain(SOCIAL_WORKER_SOURCE);
    expect(card.text.indexOf(POLICY)).toBeLessThan(card.text.indexOf(ARTICLE));
  });

  it('"/career compare" alone is still the main pair', async () => {
    const card = await career('compare');
    expect(headerOf(card)).toBe('Case manager vs. care manager');
    expect(visible(card)).not.toContain('Hospital social worker');
    const salary = await career('compare salary');
    expect(headerOf(salary)).toBe('Case manager vs. care manager · Salary');
  });

  it('help and App Home list all three roles', async () => {
    const help = await career('help');
    const helpText = visible(help);
    for (const role of ['case managers', 'care managers', 'hospital social workers']) expect(helpText).toContain(role);
    expect(helpText).toContain('three');
    expect(helpText).toContain(SOCIAL_WORKER_SOURCE);
    // Its button compares the main pair, and says which two.
    const mainPair = await click(help, 'Compare case managers and care managers');
    expect(headerOf(mainPair)).toBe('Case manager vs. care manager');
    expect(headerOf(await click(await career('topics'), 'Salary'))).toBe('Case manager & care manager · Salary');

    const after = h.standIn.mark();
    await h.send(appHomeOpened({ user: 'U0HOMETHREE' }));
    const view = (await h.standIn.waitFor('views.publish', { after })).args.view as Card;
    expect(blockKitProblems(view, 'home')).toEqual([]);
    const roles = textOf(view, 'roles') ?? JSON.stringify(blockById(view, 'roles'));
    for (const role of ['Case manager', 'Care manager', 'Hospital social worker']) expect(roles).toContain(role);
    expect(JSON.stringify(view.blocks)).toContain('Helps patients and families with the social');
    expect(buttonsOf(view).map((b) => b.text.text)).toContain('Compare case managers and care managers');
    // The role the hospital added is offered against the role it knows best, on Help as on App Home.
    const added = await click(help, 'Compare hospital social workers with case managers');
    expect(headerOf(added)).toBe('Case manager vs. hospital social worker');
    expect(buttonsOf(view).map((b) => b.text.text)).toContain('Compare hospital social workers with case managers');
  });

  it("the hospital's own fact comes first, marked, where it says more than the article", async () => {
    const card = await career('what education does a care manager need');
    expect(headerOf(card)).toBe('Care manager · Education');
    const facts = textOf(card, 'facts-care-manager')!
      .split('\n')
      .filter((l) => l.startsWith('•'));
    expect(facts[0]).toBe(`• ${OUR_HOSPITAL} We require a bachelor's degree for all of our care managers.`);
    expect(facts[1]).toContain('associate degree');
    expect(facts.slice(1).join('\n')).not.toContain(OUR_HOSPITAL);
    expect(citationOf(card)).toMatch(/^:hospital: Our hospital's own:/);
  });

  it("says what the new role's source does not cover, and the HR team can be asked", async () => {
    const card = await career('where do social workers work');
    expect(headerOf(card)).toBe('Hospital social worker · Work environment');
    expect(textOf(card, 'facts-social-worker')).toContain(
      'The role overview does not say where or when hospital social workers work.',
    );
    expect(buttonsOf(card).map((b) => b.text.text)).toContain(':raising_hand: Ask the HR team');

    // Asked from a DM: the experts see what the bot answered, and that its sources (not "the article") fell short.
    const dm = 'D3ASKHR';
    const answer = await posted(directMessage({ text: 'where do social workers work', channel: dm }));
    const ask = buttonLabelled(answer, 'Ask the HR team');
    const ts = messageTs();
    const after = h.standIn.mark();
    await h.send(
      blockActions({
        action_id: ask.action_id,
        value: ask.value,
        channel_id: dm,
        container: { type: 'message', message_ts: ts, channel_id: dm, is_ephemeral: false },
        message: { type: 'message', ts, text: answer.text, blocks: answer.blocks },
        response_url: h.standIn.responseUrl('third-role-ask-hr'),
      }),
    );
    const experts = await h.standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === EXPERTS, {
      after,
    });
    expect(visible(experts.args)).toContain(
      '*career-bot answered with* Hospital social worker · Work environment, *and said the sources do not cover it*',
    );
  });

  it('its buttons open the pair the card is about', async () => {
    const card = await career('how much do social workers make');
    const compared = await click(card, 'Compare with case managers');
    expect(headerOf(compared)).toBe('Case manager vs. hospital social worker · Salary');
    const overview = await click(compared, 'All topics side by side');
    expect(headerOf(overview)).toBe('Case manager vs. hospital social worker');
    // Each row's first fact: the hospital's own keeps its mark there too.
    const salaryRow = fieldTexts(overview, 'topic-salary');
    expect(salaryRow[0]).toContain(`${OUR_HOSPITAL} Our pay band for case managers`);
    expect(salaryRow[1]).toContain('$64,360 per year');
    const duties = await click(overview, 'Side by side');
    expect(headerOf(duties)).toBe('Case manager vs. hospital social worker · What the role is');
    expect(sides(duties)[1]).toContain('hospital social worker is a professional');
    // A case manager's card compares with the other of the main pair, and names it.
    const caseManager = await click(await career('how much do case managers make'), 'Compare with care managers');
    expect(headerOf(caseManager)).toBe('Case manager vs. care manager · Salary');
    // The main pair's overview opens the main pair.
    expect(headerOf(await click(await career('compare'), 'Side by side'))).toBe(
      'Case manager vs. care manager · What the role is',
    );
  });

  it('in a DM, "both" and "the other one" mean the roles being discussed', async () => {
    const dm = 'D3THIRDROLE';
    const first = await posted(directMessage({ text: 'how much do social workers make', channel: dm }));
    expect(headerOf(first)).toBe('Hospital social worker · Salary');
    // The pair being discussed: the social worker with the first of the main pair, not the main pair.
    const both = await posted(directMessage({ text: 'both', channel: dm }));
    expect(headerOf(both)).toBe('Case manager & hospital social worker · Salary');
    expect(textOf(both, 'facts-case-manager')).toContain(`${OUR_HOSPITAL} Our pay band for case managers`);
    expect(textOf(both, 'facts-social-worker')).toContain('$64,360 per year');
    expect(textOf(both, 'facts-care-manager')).toBeUndefined();
    const sideBySide = buttonLabelled(both, 'Compare both roles');
    expect(decodeCardRequest(sideBySide.value)).toMatchObject({
      kind: 'compare',
      topic: 'salary',
      roles: ['case-manager', 'social-worker'],
    });
    const compared = await posted(directMessage({ text: 'compare them', channel: dm }));
    expect(headerOf(compared)).toBe('Case manager & hospital social worker · Salary');
    // After an answer about the pair, "the other one" has no single other: it stays with the pair.
    const after = await posted(directMessage({ text: 'what about the other one?', channel: dm }));
    expect(headerOf(after)).toBe('Case manager & hospital social worker · Salary');

    // With nothing else discussed, "the other one" of a social worker is the first of the main pair; then "both"
    // is those two.
    const other = 'D3OTHERONE';
    await posted(directMessage({ text: 'what does a hospital social worker do', channel: other }));
    const theOther = await posted(directMessage({ text: 'and the other one?', channel: other }));
    expect(headerOf(theOther)).toBe('Case manager · Job duties');
    expect(textOf(theOther, 'understood')).toContain('(following your last question)');
    expect(headerOf(await posted(directMessage({ text: 'both', channel: other })))).toBe(
      'Case manager & hospital social worker · Job duties',
    );

    // A care manager, then a social worker: "compare them" and "both" are those two, not the main pair.
    const discussed = 'D3DISCUSSED';
    await posted(directMessage({ text: 'what is a care manager', channel: discussed }));
    expect(headerOf(await posted(directMessage({ text: 'what about social workers?', channel: discussed })))).toBe(
      'Hospital social worker · What the role is',
    );
    const pair = await posted(directMessage({ text: 'compare them', channel: discussed }));
    expect(headerOf(pair)).toBe('Care manager & hospital social worker · What the role is');
    expect(textOf(pair, 'facts-case-manager')).toBeUndefined();
    expect(headerOf(await posted(directMessage({ text: 'both', channel: discussed })))).toBe(
      'Care manager & hospital social worker · What the role is',
    );
  });

  it('a button on a DM answer posts the comparison in that DM', async () => {
    const dm = DEFAULT_IDS.dmChannelId.replace('D0', 'D9');
    const card = await posted(directMessage({ text: 'what certification does a social worker need', channel: dm }));
    const reply = await posted(clickOnMessage(card, 'Compare with case managers', dm));
    expect(reply.channel).toBe(dm);
    expect(headerOf(reply)).toBe('Case manager vs. hospital social worker · Licenses and certifications');
  });

  it('a broken edit is refused while answers go on; the fixed file is loaded', async () => {
    const good = readFileSync(join(copy.dir, ROLE_FILE), 'utf8');
    saveFile(copy.dir, ROLE_FILE, '{ "id": "social-worker", "name": ');
    const refused = await eventually('the refusal logged', () => knowledgeLog.find((l) => l.level === 'error'));
    expect(refused.text).toContain('social-worker.json');
    expect(refused.text).toContain('still answering from the previous version');
    const during = await career('what does a hospital social worker do');
    expect(headerOf(during)).toBe('Hospital social worker · Job duties');
    expect(citationOf(during)).toContain(SOCIAL_WORKER_SOURCE);

    const renamed = JSON.parse(good) as Record<string, unknown>;
    renamed.name = 'Medical social worker';
    saveFile(copy.dir, ROLE_FILE, JSON.stringify(renamed, null, 2));
    const fixed = await eventually('the fixed file answering', async () => {
      const card = await career('what does a hospital social worker do');
      return headerOf(card) === 'Medical social worker · Job duties' && card;
    });
    expect(citationOf(fixed)).toContain(SOCIAL_WORKER_SOURCE);
  });
});
