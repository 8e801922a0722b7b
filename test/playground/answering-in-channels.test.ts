import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { COLLEAGUE_QUESTION } from '../../src/playground/ids.ts';
import { startPlayground, type RunningPlayground } from '../../src/playground/start.ts';
import { createAnswerer } from '../../src/search/answer.ts';

// Issue 20 in the playground, as a new user sees it before installing anything: a colleague's message in #hr-careers
// with Slack's "⋯" menu holding "Answer with career-bot", and #hr-careers set to listen with a toggle. Debian's
// Chromium on the page, the real app behind it; screenshots in test-output/playground-channels/.
const CHROMIUM = '/usr/bin/chromium';
const OUT = 'test-output/playground-channels';
const WAIT = 30_000;
const STEP = 120_000;

describe('answering in channels, in the playground', () => {
  let playground: RunningPlayground;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const shot = (name: string) => page.screenshot({ path: `${OUT}/${name}.png`, fullPage: false });
  const channel = () => page.getByTestId('channel-messages');
  const thread = () => page.getByTestId('thread-messages');

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: install Debian's browser once with apt-get install -y chromium`);
    mkdirSync(OUT, { recursive: true });
    playground = await startPlayground({
      answerer: createAnswerer(loadKnowledge()),
      port: 0,
      env: { LOG_LEVEL: 'warn' },
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      timeout: 60_000,
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(WAIT);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(playground.url);
    await page.locator('body.connected').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
  }, STEP);

  it(
    'a colleague\'s message has a ⋯ menu with "Answer with career-bot", which answers it in its thread',
    async () => {
      const asked = channel().locator('.msg', { hasText: COLLEAGUE_QUESTION });
      await expect(asked.locator('.name').textContent()).resolves.toBe('Maya Ortiz');
      await asked.hover();
      await asked.getByTestId('message-more').click();
      const item = asked.getByTestId('shortcut-answer');
      await expect(item.textContent()).resolves.toBe('Answer with career-bot');
      await shot('01-message-menu');
      await item.click();
      await asked.getByTestId('replies').click();
      const answer = thread().locator('.msg', { hasText: 'request' });
      await answer.locator('.blk-header', { hasText: /certification/i }).waitFor();
      await expect(answer.textContent()).resolves.toMatch(/Answered at @you's request/);
      await expect(answer.locator('.name').textContent()).resolves.toBe('career-bot');
      await shot('02-shortcut-answer');
      await page.getByTestId('thread-close').click();
    },
    STEP,
  );

  it(
    'with the toggle on, a question in #hr-careers is answered unasked in its thread, with a way to opt out',
    async () => {
      const toggle = page.getByTestId('listen-toggle');
      await expect(toggle.isChecked()).resolves.toBe(false);
      await toggle.check();
      await page.waitForFunction(
        () => (document.querySelector('[data-testid="listen-toggle"]') as HTMLInputElement).checked,
      );
      const composer = page.getByTestId('composer-channel');
      await composer.fill('what education do case managers need?');
      await composer.press('Enter');
      const asked = channel().locator('.msg', { hasText: 'what education do case managers need?' });
      await asked.getByTestId('replies').click();
      const answer = thread().locator('.msg', { hasText: 'unasked' });
      await answer.locator('.blk-header', { hasText: 'Education' }).waitFor();
      await expect(answer.textContent()).resolves.toContain("Don't answer my questions unasked");
      await expect(answer.textContent()).resolves.toContain('Helpful');
      await shot('03-unprompted-answer');
      await page.getByTestId('thread-close').click();
      await toggle.uncheck();
      expect(pageErrors).toEqual([]);
    },
    STEP,
  );
});
