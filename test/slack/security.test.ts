import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appMention, signRequest, slashCommand } from '../../src/emulator/index.ts';
import { BOT_TOKEN, SIGNING_SECRET, startHarness, type Harness } from './harness.ts';

// Only Slack, holding the signing secret, may talk to the app.
describe('request signatures', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const post = (body: string, contentType: string, headers: Record<string, string>) =>
    fetch(h.app.url!, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });

  it('rejects a forged signature with 401 and does nothing', async () => {
    const after = h.standIn.mark();
    const command = slashCommand({ text: 'salary' });
    const res = await post(command.body, command.contentType, signRequest('not-the-secret', command.body));
    expect(res.status).toBe(401);
    const mention = appMention({ text: 'salary' });
    expect((await post(mention.body, mention.contentType, signRequest('not-the-secret', mention.body))).status).toBe(
      401,
    );
    expect(h.standIn.calls.filter((c) => c.seq > after && c.method === 'chat.postMessage')).toEqual([]);
  });

  it('rejects a body changed after signing', async () => {
    const command = slashCommand({ text: 'salary' });
    const headers = signRequest(SIGNING_SECRET, command.body);
    expect((await post(command.body.replace('salary', 'skills'), command.contentType, headers)).status).toBe(401);
  });

  it('rejects a timestamp older than five minutes, even correctly signed', async () => {
    const command = slashCommand({ text: 'salary' });
    const old = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await post(command.body, command.contentType, signRequest(SIGNING_SECRET, command.body, old))).status).toBe(
      401,
    );
  });

  it('rejects a request without signature headers', async () => {
    const command = slashCommand({ text: 'salary' });
    expect((await post(command.body, command.contentType, {})).status).toBe(401);
  });

  it("answers Slack's ssl_check with 200, signed or not, and does nothing else", async () => {
    const after = h.standIn.mark();
    const probe = 'ssl_check=1&token=deprecated-verification-token';
    expect((await post(probe, 'application/x-www-form-urlencoded', {})).status).toBe(200);
    expect((await post(probe, 'application/x-www-form-urlencoded', signRequest(SIGNING_SECRET, probe))).status).toBe(
      200,
    );
    expect(h.standIn.calls.filter((c) => c.seq > after)).toEqual([]);
  });

  it('accepts a correctly signed request', async () => {
    expect((await h.send(slashCommand({ text: 'salary' }))).status).toBe(200);
  });

  it('never logs the token or the signing secret', () => {
    const all = h.logs.map((l) => l.text).join('\n');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
  });
});
