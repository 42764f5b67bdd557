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
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { openSearch } from '../support/search';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const SCORER_KEY = 'kyphoplasty-guide:scorer';
const THEME_KEY = 'starlight-theme';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/**
 * A context that reports every storage write the page's scripts attempt (localStorage,
 * sessionStorage, cookies, IndexedDB, Cache Storage, service workers) and every request that
 * leaves the site's origin.
 */
async function watchedContext(): Promise<{ context: BrowserContext; writes: string[]; offsite: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const writes: string[] = [];
  const offsite: string[] = [];
  await context.exposeBinding('__storageUse', (_source, what: string) => writes.push(what));
  await context.addInitScript(() => {
    const report = (what: string) => (window as unknown as { __storageUse: (w: string) => void }).__storageUse(what);
    const area = (s: Storage) => (s === window.localStorage ? 'localStorage' : 'sessionStorage');
    const { setItem, removeItem, clear } = Storage.prototype;
    Storage.prototype.setItem = function (key: string, value: string) {
      report(`${area(this)}.setItem(${key})`);
      return setItem.call(this, key, value);
    };
    Storage.prototype.removeItem = function (key: string) {
      report(`${area(this)}.removeItem(${key})`);
      return removeItem.call(this, key);
    };
    Storage.prototype.clear = function () {
      report(`${area(this)}.clear()`);
      return clear.call(this);
    };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(Document.prototype, 'cookie', {
      get: cookie.get,
      set(value: string) {
        report(`document.cookie = ${value.split('=')[0]}`);
        cookie.set!.call(this, value);
      },
    });
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name: string, version?: number) {
      report(`indexedDB.open(${name})`);
      return open.call(this, name, version);
    };
    if (self.CacheStorage) {
      const cacheOpen = CacheStorage.prototype.open;
      CacheStorage.prototype.open = function (name: string) {
        report(`caches.open(${name})`);
        return cacheOpen.call(this, name);
      };
    }
    if (navigator.serviceWorker) {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args: Parameters<typeof register>) {
        report(`serviceWorker.register(${String(args[0])})`);
        return register.apply(this, args);
      };
    }
  });
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin) offsite.push(req.url());
  });
  return { context, writes, offsite };
}

/** Everything the browser holds for the site's origin, read from a page of that origin. */
async function storedState(page: Page) {
  return page.evaluate(async () => ({
    localStorage: Object.keys(localStorage).sort(),
    sessionStorage: Object.keys(sessionStorage).sort(),
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: self.caches ? await caches.keys() : [],
    serviceWorkers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
  }));
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
