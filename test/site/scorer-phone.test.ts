/**
 * The question scorer on a phone (390 × 844, JavaScript on), as issue 15 measured it: a page
 * short enough to find your way in, each question and its answers on one screen, progress in
 * view, the comparison one tap away and never wider than the screen; and a comparison sent as
 * a short link that opens, in a fresh browser, on the comparison itself.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { STORAGE_KEY, readText, writeFragment, writeText } from '../../src/lib/scorer/codec';
import { readLink, writeLink } from '../../src/lib/scorer/link';
import { LINK_TABLES } from '../../src/lib/scorer/link-table';
import { NOT_ASKED, UNCLEAR, defaultWeights, emptyState, type ScorerState } from '../../src/lib/scorer/model';
import { launchBrowser } from '../../scripts/lib/browser';
import { SCORER_PATH } from '../../src/config/tools.mjs';
import { SITE_URL } from '../../src/config/site.mjs';
import { showQuestion } from '../support/scorer-page';

const baseUrl = inject('baseUrl');
const URL_ = baseUrl + SCORER_PATH;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;
const MAX_PAGE_HEIGHT = 8000;
const SCREEN = 844;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function fresh(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ ...PHONE, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('dialog', (d) => void d.accept());
  return { context, page, errors };
}
async function open(page: Page, url = URL_) {
  await page.goto(url);
  await page.locator('kg-scorer[data-ready]').waitFor();
  // A compact link is read by code that loads on demand, so it is dealt with a moment after the
  // page is ready: its answers leave the address bar, or a message says why they could not.
  await page.waitForFunction(() => !location.hash || document.querySelector('[data-notice]')?.textContent?.trim());
}
async function seed(page: Page, text: string) {
  await page.goto(URL_);
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [STORAGE_KEY, text]);
  await page.goto('about:blank');
}
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
const comparison = (page: Page) => page.locator('.scorer-results [data-out]').innerText();
/** Top and bottom of an element on screen, in CSS px. */
const box = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: r.height };
  });
/** Anything inside `selector` (or the page itself) wider than its box: what a reader would have to scroll sideways. */
const overflow = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) out.push(`page ${root.scrollWidth} px wide in a ${root.clientWidth} px screen`);
    for (const el of document.querySelectorAll(`${sel}, ${sel} *`)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || getComputedStyle(el).display === 'none') continue;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') out.push(`${el.tagName}.${el.className} scrolls: ${el.scrollWidth} in ${el.clientWidth}`);
      if (r.right > root.clientWidth + 0.5 || r.left < -0.5) out.push(`${el.tagName}.${el.className} reaches ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    return out;
  }, selector);

/** Two doctors, every question answered, as a daughter records them for her father. */
const table = LINK_TABLES[2]!;
const twoDoctors: ScorerState = {
  v: 1,
  weights: { ...defaultWeights(), safety: 3 },
  providers: [
    { name: 'Dr Adams', answers: Object.fromEntries(table.map(([q, o], i) => [q, i === 4 ? NOT_ASKED : o[i % o.length]!])) },
    { name: 'Dr Núñez-Brown', answers: Object.fromEntries(table.map(([q, o], i) => [q, i === 9 ? UNCLEAR : o[(i + 1) % o.length]!])) },
  ],
};
const saved = writeText(twoDoctors);

describe('question scorer on a 390 × 844 phone', () => {
  it(`is at most ${MAX_PAGE_HEIGHT} px tall before answering, and every question with its answers fits one ${SCREEN} px screen`, async () => {
    const { context, page, errors } = await fresh();
    await open(page);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const ids = await page.locator('.scorer-q').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.q!));
    const heights: number[] = [];
    for (const [i, id] of ids.entries()) {
      await page.locator(`[data-step="${i}"]`).click();
      // One question on screen at a time, numbered, with where it is in the list.
      expect(await page.locator('.scorer-q:visible').count()).toBe(1);
      expect(await page.locator('[data-progress]').innerText()).toMatch(new RegExp(`^Question ${i + 1} of ${ids.length} · Doctor 1: 0 answered$`));
      expect(await page.locator('[data-step][aria-current=step]').innerText()).toBe(String(i + 1));
      const q = await box(page, `#question-${id}`);
      heights.push(Math.round(q.height));
      // Scrolled to the question: it starts on screen, below the site's header.
      const header = await page.evaluate(() => Math.max(...[...document.querySelectorAll('header, mobile-starlight-toc nav')].map((el) => el.getBoundingClientRect().bottom)));
      expect(q.top).toBeGreaterThanOrEqual(header - 1);
      expect(q.top).toBeLessThan(SCREEN / 2);
      expect(await overflow(page, `#question-${id}`)).toEqual([]);
    }
    console.log(`Scorer on a 390 × 844 phone: page ${height} px tall before answering; questions ${Math.min(...heights)}–${Math.max(...heights)} px tall (${heights.join(', ')})`);
    expect(height).toBeLessThanOrEqual(MAX_PAGE_HEIGHT);
    for (const [i, h] of heights.entries()) expect(h, `question ${i + 1}`).toBeLessThanOrEqual(SCREEN);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves through the questions with Next and Previous, keeps progress in view, and reaches the comparison in one tap from any question', async () => {
    const { context, page } = await fresh();
    await open(page);
    await page.locator('[data-step="0"]').click();
    const first = page.locator('.scorer-q:visible');
    await first.locator('label.scorer-opt').first().tap();
    expect(await page.locator('[data-progress]').innerText()).toBe('Question 1 of 14 · Doctor 1: 1 answered');
    expect(await page.locator('[data-step="0"]').getAttribute('aria-label')).toBe('Question 1, answered');
    await page.locator('[data-act=next]').tap();
    expect(await page.locator('[data-progress-short]').innerText()).toBe('Question 2 of 14');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-n'))).toBe('2');
    await page.locator('[data-act=prev]').tap();
    expect(await page.locator('[data-progress-short]').innerText()).toBe('Question 1 of 14');
    expect(await page.locator('[data-act=prev]').isDisabled()).toBe(true);
    // From the middle of the list: the bar is on screen, and one tap brings the comparison into view.
    await page.locator('[data-step="8"]').click();
    const bar = await box(page, '.scorer-jump');
    expect(bar.top).toBeGreaterThan(0);
    expect(bar.bottom).toBeLessThanOrEqual(SCREEN + 1);
    await page.locator('.scorer-jump a').tap();
    const heading = await box(page, '#scorer-results-heading');
    expect(heading.top).toBeGreaterThanOrEqual(0);
    expect(heading.bottom).toBeLessThan(SCREEN);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('scorer-results-heading');
    await context.close();
  });

  it('shows two doctors side by side as one card each, with nothing wider than the screen', async () => {
    const { context, page, errors } = await fresh();
    await seed(page, saved);
    await open(page);
    const cards = page.locator('.scorer-doc');
    expect(await cards.count()).toBe(2);
    for (const [i, name] of ['Dr Adams', 'Dr Núñez-Brown'].entries()) {
      expect(await cards.nth(i).isVisible()).toBe(true);
      const text = await cards.nth(i).innerText();
      expect(text).toContain(`Summary for ${name}`);
      expect(text).toMatch(/Overall: \d+ out of 100 · answered 1[23] of 14/);
    }
    expect(await overflow(page, '.scorer-results')).toEqual([]);
    // Three and four doctors too.
    await page.locator('[data-act=add]').click();
    await page.locator('[data-act=add]').click();
    await showQuestion(page, 'bone-health');
    await page.locator('[name="scorer-q-bone-health"][value="full-plan"]').check();
    expect(await cards.count()).toBe(4);
    expect(await overflow(page, '.scorer-results')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('sending a comparison by text message', () => {
  /** A phone with a share sheet: navigator.share records what it was given. */
  async function withShareSheet(context: BrowserContext) {
    await context.addInitScript(() => {
      const w = window as unknown as { shared: ShareData[] };
      w.shared = [];
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: (data: ShareData) => (w.shared.push(data), Promise.resolve()) });
      Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => true });
    });
  }

  it('sends a link of at most 300 characters that opens, in a fresh browser, on the comparison shared with you', async () => {
    const sender = await fresh();
    await withShareSheet(sender.context);
    await seed(sender.page, saved);
    await open(sender.page);
    // Said plainly where the link is made: the names and answers travel with it.
    expect(await sender.page.locator('.scorer-send').innerText()).toMatch(/The link carries the doctors' names and every answer to whoever gets it/);
    await sender.page.locator('[data-act=send]').tap();
    await expect.poll(() => sender.page.locator('[data-share-status]').innerText()).toBe('The link went to the app you chose.');
    const shared = await sender.page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toHaveLength(1);
    const url = shared[0]!.url!;
    const hash = new URL(url).hash;
    const production = new URL(SCORER_PATH, SITE_URL).href + hash;
    console.log(`Link for two doctors with every answer and both names: ${production.length} characters: ${production}`);
    expect(production.length).toBeLessThanOrEqual(300);
    expect(url).toBe(URL_ + writeLink(twoDoctors, LINK_TABLES[2]!));
    expect(readLink(hash, LINK_TABLES)).toEqual({ ok: true, state: twoDoctors });
    const expected = await comparison(sender.page);
    await sender.context.close();

    // The brother opens it on his own phone.
    const { context, page, errors } = await fresh();
    await open(page, url);
    const heading = page.locator('#scorer-results-heading');
    expect(await heading.innerText()).toBe('A comparison shared with you');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('scorer-results-heading');
    const top = await box(page, '#scorer-results-heading');
    expect(top.top).toBeGreaterThanOrEqual(0);
    expect(top.bottom).toBeLessThan(SCREEN);
    expect(await comparison(page)).toBe(expected);
    expect(await page.locator('[data-shared]').innerText()).toMatch(/Someone sent you these answers in a link\. They are saved on this device now/);
    expect(readText((await stored(page))!)).toEqual({ ok: true, state: twoDoctors });
    expect(new URL(page.url()).hash).toBe('');
    // A way to start his own.
    await page.locator('[data-act=own]').tap();
    expect(await heading.innerText()).toBe('Your comparison');
    expect(await page.locator('[data-shared]').isVisible()).toBe(false);
    expect(readText((await stored(page))!)).toEqual({ ok: true, state: emptyState() });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('copies the link where there is no share sheet, and can leave the names out', async () => {
    const { context, page } = await fresh({ permissions: ['clipboard-read', 'clipboard-write'] });
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: undefined });
      // The site's Permissions-Policy lets a page write to the clipboard but never read it, so the test notes what was written.
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      const write = Clipboard.prototype.writeText;
      Clipboard.prototype.writeText = function (this: Clipboard, text: string) {
        return write.call(this, text).then(() => void w.copied.push(text));
      };
    });
    await seed(page, saved);
    await open(page);
    await page.locator('[data-names]').uncheck();
    await page.locator('[data-act=send]').tap();
    await expect.poll(() => page.locator('[data-share-status]').innerText()).toBe('Link copied. Paste it into a text message or an email.');
    const copied = (await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).at(-1)!;
    const r = readLink(new URL(copied).hash, LINK_TABLES);
    expect(r).toEqual({ ok: true, state: { ...twoDoctors, providers: twoDoctors.providers.map((p) => ({ ...p, name: '' })) } });
    expect(copied).not.toContain('Adams');
    // The link box shows the same link.
    await page.locator('[data-act=share]').tap();
    expect(await page.locator('[data-link]').inputValue()).toBe(copied);
    await context.close();
  });

  it('still opens a link in the old format (version 1), on the comparison', async () => {
    const { context, page, errors } = await fresh();
    await open(page, URL_ + writeFragment(twoDoctors));
    expect(await page.locator('#scorer-results-heading').innerText()).toBe('A comparison shared with you');
    expect(await page.locator('.scorer-doc').first().innerText()).toContain('Summary for Dr Adams');
    expect(readText((await stored(page))!)).toEqual({ ok: true, state: twoDoctors });
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['an answer changed by hand', (hash: string) => hash.replace('.abc', '.bbc')],
    ['a link cut short', (hash: string) => hash.slice(0, -12)],
    ['a link from a newer version', (hash: string) => hash.replace('#s2.', '#s7.')],
  ])('opens a compact link with %s with a clear message, in view, and the saved answers untouched', async (_name, spoil) => {
    const mine: ScorerState = { ...emptyState(), providers: [{ name: 'My own doctor', answers: { 'bone-health': 'full-plan' } }] };
    const { context, page, errors } = await fresh();
    await seed(page, writeText(mine));
    const hash = writeLink(twoDoctors, LINK_TABLES[2]!);
    expect(hash).toContain('.abc');
    await open(page, URL_ + spoil(hash));
    const notice = page.locator('[data-notice]');
    expect(await notice.innerText()).toMatch(/^This link could not be opened\. .+ Your saved answers have not been changed\.$/);
    const where = await box(page, '[data-notice]');
    expect(where.top).toBeGreaterThanOrEqual(0);
    expect(where.bottom).toBeLessThanOrEqual(SCREEN);
    expect(readText((await stored(page))!)).toEqual({ ok: true, state: mine });
    expect(await page.locator('#scorer-name-0').inputValue()).toBe('My own doctor');
    expect(await page.locator('#scorer-results-heading').innerText()).toBe('Your comparison');
    expect(errors).toEqual([]);
    await context.close();
  });
});
