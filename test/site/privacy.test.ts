/**
 * What src/content/docs/about/privacy.mdx promises, checked in Chromium while searching and
 * picking a theme (every page as a reader loads and leaves it is checked by every-page.test.ts):
 *  - nothing is requested from another origin, and no page points the browser at one;
 *  - no cookie, and no browser storage at all while reading, even after leaving the page
 *    (stock Starlight writes `starlight-theme` on every load and `sl-sidebar-state` on leaving;
 *    our overrides stop both). The only keys the site ever stores are:
 *      `kyphoplasty-guide:scorer` (localStorage), the question scorer's answers, and
 *      `starlight-theme` (localStorage), only after the reader picks Light or Dark.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { openSearch } from '../support/search';
import { SCORER_KEY, storedState, THEME_KEY, watch } from './visit';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/**
 * A context that reports every storage write the page's scripts attempt and every request that
 * leaves the site's origin (the same watch every-page.test.ts keeps, from visit.ts).
 */
async function watchedContext(): Promise<{ context: BrowserContext; writes: string[]; offsite: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const writes: string[] = [];
  const offsite: string[] = [];
  await watch(context, writes, []);
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin) offsite.push(req.url());
  });
  return { context, writes, offsite };
}

/** Storage writes other than the question scorer's own key. */
const unexpected = (writes: string[]) => writes.filter((w) => !w.startsWith(`localStorage.setItem(${SCORER_KEY})`) && !w.startsWith(`localStorage.removeItem(${SCORER_KEY})`));

describe('reading stores nothing and contacts no one else', () => {
  // Every page, as a reader loads and leaves it: every-page.test.ts.
  it('search stores nothing and asks only this site', async () => {
    const { context, writes, offsite } = await watchedContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/about/disclaimer/`, { waitUntil: 'networkidle' });
    await openSearch(page);
    await page.keyboard.type('cookies');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ state: 'visible' });
    const state = await storedState(page);
    const cookies = await context.cookies();
    await context.close();
    expect(offsite).toEqual([]);
    expect(cookies).toEqual([]);
    expect(unexpected(writes)).toEqual([]);
    expect(state).toMatchObject({ localStorage: [], sessionStorage: [], indexedDB: [], caches: [], serviceWorkers: 0 });
  });
});

describe('the theme picker', () => {
  it(`stores only "${THEME_KEY}", only when a theme is picked, and forgets it on Auto`, async () => {
    const { context, writes } = await watchedContext();
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${baseUrl}/about/privacy/`, { waitUntil: 'networkidle' });
    const picker = page.locator('header starlight-theme-select select');
    expect(await picker.inputValue()).toBe('auto');
    expect(writes).toEqual([]);

    await picker.selectOption('light');
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    expect(await page.evaluate((key) => ({ ...localStorage })[key], THEME_KEY)).toBe('light');
    expect(writes).toEqual([`localStorage.setItem(${THEME_KEY})`]);

    // The choice survives a reload and applies before the first paint.
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    expect(await picker.inputValue()).toBe('light');

    await picker.selectOption('auto');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect((await storedState(page)).localStorage).toEqual([]);
    await context.close();
    expect(writes).toEqual([`localStorage.setItem(${THEME_KEY})`, `localStorage.removeItem(${THEME_KEY})`]);
  });
});
