import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { startPlayground, type RunningPlayground } from '../../src/playground/start.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { suggestedPrompts } from '../../src/blocks/index.ts';

// The playground as a person uses it: Debian's Chromium on the page, the real app behind it.
const CHROMIUM = '/usr/bin/chromium';
const OUT = 'test-output/playground';
const WAIT = 30_000;
/** Several waits in a row, on a slow shared machine. */
const STEP = 120_000;

const answerer = createAnswerer(loadKnowledge());

/** A question whose answer offers "Did you mean" alternatives, found with the core so the test follows the matcher. */
const CANDIDATES = [
  'case manager requirements',
  'care manager qualifications',
  'nurse requirements case manager',
  'requirements',
];
const didYouMeanQuestion = CANDIDATES.find((q) => answerer.ask(q).alternatives.length > 0);

describe('the playground in a browser', () => {
  let playground: RunningPlayground;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  const shot = (name: string) => page.screenshot({ path: `${OUT}/${name}.png`, fullPage: false });
  const channel = () => page.getByTestId('channel-messages');
  const messageIn = (where: Locator, text: string | RegExp) => where.locator('.msg', { hasText: text });
  async function type(composer: string, text: string) {
    const box = page.getByTestId(composer);
    await box.fill(text);
    await box.press('Enter');
  }

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: install Debian's browser once with apt-get install -y chromium`);
    mkdirSync(OUT, { recursive: true });
    playground = await startPlayground({ answerer, port: 0, env: { LOG_LEVEL: 'warn' } });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      timeout: 60_000,
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(WAIT);
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(playground.url);
    // Connected: the server's first event (the state so far) has arrived.
    await page.locator('body.connected').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
  }, STEP);

  it(
    'says plainly that this is a local preview and links to the install section',
    async () => {
      const banner = page.getByTestId('banner');
      await expect(banner.textContent()).resolves.toContain('Local preview');
      await expect(banner.locator('a').first().getAttribute('href')).resolves.toBe('/install');
      await expect(page.getByTestId('nav-channel').textContent()).resolves.toContain('hr-careers');
      await shot('01-opened');

      // The link opens the README, offline, at its section on installing when it has one.
      const [readme] = await Promise.all([page.context().waitForEvent('page'), banner.locator('a').first().click()]);
      await readme.locator('h1', { hasText: 'career-bot' }).waitFor();
      const installHeading = /^#+ (.*\binstall.*)$/im.exec(readFileSync('README.md', 'utf8'));
      const anchor = decodeURIComponent(new URL(readme.url()).hash.slice(1));
      if (installHeading) {
        await expect(readme.locator(`[id="${anchor}"]`).textContent()).resolves.toBe(installHeading[1]);
      }
      await readme.close();
    },
    STEP,
  );

  it(
    '/career compare certification: an ephemeral card with both roles and the citation',
    async () => {
      await type('composer-channel', '/career compare certification');
      const card = channel().locator('.msg.ephemeral', { hasText: 'Licenses and certifications' });
      await card.locator('.blk-header').waitFor();
      await expect(card.locator('.ephemeral-note').textContent()).resolves.toContain('Only visible to you');
      const text = (await card.textContent()) ?? '';
      expect(text).toContain('Case manager');
      expect(text).toContain('Care manager');
      const citation = card.locator('.blk-context', { hasText: 'Source' });
      await expect(citation.textContent()).resolves.toContain('Licenses and certifications');
      await shot('02-compare-certification');

      // "Share in channel" posts the same card for everyone (response_type in_channel through response_url).
      await card.locator('.sk-btn', { hasText: 'Share in channel' }).click();
      const shared = channel().locator('.msg:not(.ephemeral)', {
        has: page.locator('.blk-header', { hasText: 'Licenses and certifications' }),
      });
      await shared.locator('.blk-context', { hasText: 'Shared by' }).waitFor();
    },
    STEP,
  );

  it(
    '"@career-bot ..." in the channel is answered in the thread under the message',
    async () => {
      await type('composer-channel', '@career-bot where do case managers work?');
      const asked = messageIn(channel(), 'where do case managers work?');
      await asked.locator('.user-mention', { hasText: '@career-bot' }).waitFor();
      await asked.getByTestId('replies').click();
      const thread = page.getByTestId('thread-messages');
      const answer = thread.locator('.msg', { hasText: 'Work environment' });
      await answer.locator('.blk-header').waitFor();
      await expect(answer.locator('.name').textContent()).resolves.toBe('career-bot');
      await expect(answer.textContent()).resolves.toContain('where do case managers work?');
      // The answer lives in the thread, not in the channel itself.
      await expect(channel().locator('.msg', { hasText: 'Source: Work environment' }).count()).resolves.toBe(0);
      await shot('03-mention-thread');
      await page.getByTestId('thread-close').click();
    },
    STEP,
  );

  it(
    'a "Did you mean" button opens that topic, and 👍 is acknowledged',
    async () => {
      expect(didYouMeanQuestion, 'none of the candidate questions offers alternatives any more').toBeDefined();
      const alternative = answerer.ask(didYouMeanQuestion!).alternatives[0]!;
      await type('composer-channel', `/career ${didYouMeanQuestion}`);
      const card = channel().locator('.msg.ephemeral', { hasText: 'Did you mean' });
      const cardId = await card.getAttribute('data-id');
      const button = card.locator('.blk-context:has-text("Did you mean") + .blk-actions .sk-btn', {
        hasText: alternative.title,
      });
      await button.waitFor();
      await shot('04-did-you-mean');
      await button.click();
      // The ephemeral card is replaced by the alternative's card, as Slack replaces it through response_url.
      const opened = channel().locator(`.msg.ephemeral[data-id="${cardId}"]`);
      await opened.locator('.blk-header', { hasText: alternative.title }).waitFor();
      await expect(opened.textContent()).resolves.not.toContain('Did you mean');
      await shot('05-did-you-mean-opened');

      await opened.locator('.sk-btn', { hasText: 'Helpful' }).first().click();
      await channel().locator('.msg', { hasText: 'Thanks for the feedback' }).waitFor();
      await shot('06-thumbs-up');
    },
    STEP,
  );

  it(
    'App Home shows the published view, and its topic buttons answer in the DM',
    async () => {
      await page.getByTestId('nav-home').click();
      const home = page.getByTestId('home');
      await home.locator('.blk-header', { hasText: 'Topics' }).waitFor();
      await shot('07-app-home');
      await home.locator('.sk-btn', { hasText: 'Salary' }).click();
      await page.getByTestId('tab-messages').click();
      await page.getByTestId('dm-messages').locator('.msg .blk-header', { hasText: 'Salary' }).waitFor();
      await shot('08-home-topic-in-dm');
    },
    STEP,
  );

  it(
    'a direct message is answered in the DM',
    async () => {
      await type('composer-dm', 'how much do care managers earn?');
      const dm = page.getByTestId('dm-messages');
      await dm
        .locator('.msg', { hasText: 'You asked: “how much do care managers earn?”' })
        .locator('.blk-header')
        .waitFor();
      await shot('09-dm');
    },
    STEP,
  );

  it(
    'the DM offers example questions when it opens, and a follow-up keeps the topic',
    async () => {
      await page.getByTestId('nav-dm').click();
      const prompts = page.getByTestId('dm-prompts');
      await prompts.getByTestId('prompt').first().waitFor();
      const offered = await prompts.getByTestId('prompt').allTextContents();
      expect(offered).toEqual(suggestedPrompts(answerer.kb).map((p) => p.message));
      await shot('11-dm-suggested-prompts');

      // A prompt is sent as the person's message, and answered.
      const dm = page.getByTestId('dm-messages');
      await prompts.getByTestId('prompt').filter({ hasText: 'difference' }).click();
      await dm
        .locator('.msg', { hasText: `You asked: “${offered[0]}”` })
        .locator('.blk-header', { hasText: 'Case manager & care manager' })
        .waitFor();

      await type('composer-dm', 'what certification do case managers need?');
      await dm
        .locator('.msg', { hasText: 'You asked: “what certification do case managers need?”' })
        .locator('.blk-header')
        .waitFor();
      await type('composer-dm', 'and care managers?');
      const followUp = dm.locator('.msg', { hasText: 'You asked: “and care managers?”' });
      await followUp.locator('.blk-header', { hasText: 'Care manager · Licenses and certifications' }).waitFor();
      const text = (await followUp.textContent()) ?? '';
      expect(text).toContain('Care manager · Licenses and certifications (following your last question)');
      expect(text).toContain('National Academy of Certified Care Managers (NACCM)');
      expect(text).not.toContain('Commission for Case Manager Certification');
      await followUp.scrollIntoViewIfNeeded();
      await shot('12-dm-follow-up');
    },
    STEP,
  );

  it(
    '"what\'s the difference?" follows the conversation, the other reading is one click away, and "thanks!" gets one line',
    async () => {
      const dm = page.getByTestId('dm-messages');
      await type('composer-dm', "what's the difference?");
      const difference = dm.locator('.msg', { hasText: "You asked: “what's the difference?”" });
      await difference.locator('.blk-header', { hasText: 'Case manager & care manager' }).waitFor();
      await expect(difference.textContent()).resolves.toContain('(following your last question)');
      await shot('13-dm-difference');
      // The question on its own: what each role is, side by side.
      await difference.locator('.sk-btn', { hasText: 'Instead:' }).click();
      await dm
        .locator('.msg .blk-header', { hasText: 'Case manager & care manager · What the role is' })
        .last()
        .waitFor();

      await type('composer-dm', 'thanks!');
      const thanks = dm.locator('.msg', { hasText: "You're welcome!" });
      await thanks.waitFor();
      await expect(thanks.locator('.blk-header').count()).resolves.toBe(0);
      await expect(thanks.locator('.sk-btn').count()).resolves.toBe(0);
      await shot('14-dm-thanks');
    },
    STEP,
  );

  it(
    'a mention in a thread where the bot answered follows that thread',
    async () => {
      await page.getByTestId('nav-channel').click();
      await type('composer-channel', '@career-bot what is a care manager');
      await messageIn(channel(), 'what is a care manager').getByTestId('replies').click();
      const thread = page.getByTestId('thread-messages');
      await thread.locator('.msg .blk-header', { hasText: 'Care manager · What the role is' }).waitFor();
      await type('composer-thread', '@career-bot how much do they make?');
      const followUp = thread.locator('.msg', { hasText: 'You asked: “how much do they make?”' });
      await followUp.locator('.blk-header', { hasText: 'Care manager · Salary' }).waitFor();
      await expect(followUp.textContent()).resolves.toContain('(following your last question)');
      await shot('15-thread-follow-up');
      await page.getByTestId('thread-close').click();
    },
    STEP,
  );

  it(
    'a question the article does not cover goes to the HR team in #hr-experts, is answered through the modal, and the answer arrives in the DM',
    async () => {
      await page.getByTestId('nav-dm').click();
      const dm = page.getByTestId('dm-messages');
      await type('composer-dm', 'how much does the CCM exam cost?');
      const card = dm.locator('.msg', { hasText: 'You asked: “how much does the CCM exam cost?”' });
      await card.locator('.sk-btn', { hasText: 'Ask the HR team' }).waitFor();
      await expect(card.textContent()).resolves.toContain('Nothing in the article says');
      await card.scrollIntoViewIfNeeded();
      await shot('16-hr-ask');
      await card.locator('.sk-btn', { hasText: 'Ask the HR team' }).click();
      await dm.locator('.msg.ephemeral', { hasText: 'Sent to the HR team' }).waitFor();

      // In #hr-experts the visitor is the HR team: the question's card, with what the bot said was missing.
      await page.getByTestId('nav-experts').click();
      const experts = page.getByTestId('experts-messages');
      const question = experts.locator('.msg', { hasText: '“how much does the CCM exam cost?”' });
      await question.locator('.sk-btn', { hasText: 'Answer' }).waitFor();
      await expect(question.textContent()).resolves.toContain('in a direct message with career-bot');
      await shot('17-hr-experts-card');
      await question.locator('.sk-btn', { hasText: 'Answer' }).click();
      const modal = page.getByTestId('modal');
      await modal.locator('textarea').waitFor();
      await expect(page.getByTestId('modal-body').textContent()).resolves.toContain('how much does the CCM exam cost?');
      await modal.locator('textarea').fill('The hospital refunds the exam fee once you pass: send the receipt to HR.');
      await shot('18-hr-modal');
      await page.getByTestId('modal-submit').click();
      await page.getByTestId('modal-body').getByText('delivered to the asker').waitFor();
      await question.getByText('Delivered to the asker').waitFor();
      await expect(question.textContent()).resolves.toContain('Answered by @you');
      await expect(question.locator('.sk-btn', { hasText: 'Answer' }).count()).resolves.toBe(0);
      await shot('19-hr-answered');
      await page.getByTestId('modal-close').click();
      await expect(modal.isHidden()).resolves.toBe(true);

      // Back in the DM: the answer, from a person, not from the article.
      await page.getByTestId('nav-dm').click();
      const answer = dm.locator('.msg', { hasText: 'from the HR team' }).last();
      await answer.waitFor();
      const text = (await answer.textContent()) ?? '';
      expect(text).toContain('@you from the HR team answered your question');
      expect(text).toContain('The hospital refunds the exam fee once you pass');
      expect(text).not.toContain('Source:');
      await answer.scrollIntoViewIfNeeded();
      await shot('20-hr-answer-in-dm');
    },
    STEP,
  );

  it(
    'HTML in what is typed shows as text: no script runs, no element is made from it',
    async () => {
      const attack = '<script>alert(1)</script> <img src=x onerror=alert(2)>';
      await page.getByTestId('nav-channel').click();
      await type('composer-channel', `look ${attack}`);
      await type('composer-channel', `@career-bot ${attack}`);
      await type('composer-channel', `/career ${attack}`);
      await page.getByTestId('nav-dm').click();
      await type('composer-dm', attack);

      // What was typed shows exactly as typed; the app's replies, which quote it, arrive and are text too.
      const dm = page.getByTestId('dm-messages');
      // The question and the reply quoting it both hold the text, exactly as typed.
      await messageIn(dm, attack).first().waitFor();
      await dm.locator('.msg', { hasText: 'You asked' }).filter({ hasText: 'alert(2)' }).waitFor();
      await page.getByTestId('nav-channel').click();
      await messageIn(channel(), `look ${attack}`).waitFor();
      await channel().locator('.msg.ephemeral', { hasText: 'You asked' }).filter({ hasText: 'alert(2)' }).waitFor();
      await messageIn(channel(), `@career-bot ${attack}`).getByTestId('replies').waitFor();
      await shot('10-html-as-text');

      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('script').count()).toBe(1);
      expect(dialogs).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    STEP,
  );
});
