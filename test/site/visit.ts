/**
 * One visit to one page, recording everything test/site/every-page.test.ts checks, so that each
 * URL is loaded as few times as the checks allow instead of once per test file:
 *  1. a phone with an empty cache, watching console errors, failed and off-site requests, storage
 *     writes and CSP violations, loads the page and weighs that first load (scripts/lib/weigh.ts);
 *     finds the main message on the first 390 × 844 screen, then narrows to 320 and 195 CSS px
 *     (large text) and looks for anything that does not reflow;
 *  2. widened to a 1280 × 900 desktop window, it runs axe in the light theme, picks the dark theme
 *     with the page's own picker and runs axe's colour rules again (the themes differ in colour
 *     only: test/built/theme-colours.test.ts), opens search with Control+K; then leaves the page
 *     (so "on leaving" writes happen) and reads what was stored. The page's title is searched for
 *     in a search box kept open, per language, in one page of its own (Pagefind loaded once, not
 *     once per page: that saved about half a second a page);
 *  3. a browser with JavaScript off reads the page, its words block by block, what search
 *     engines read, and whether its drawings' words fit them.
 * Visits are shared by the page's tests and run VISITS_AT_ONCE at a time: enough to keep both
 * cores of a small machine busy while one visit waits on the network.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { MISSING_PATHS } from '../../scripts/lib/pages';
import { PHONE, startWeighing, type PageWeight } from '../../scripts/lib/weigh';
import { axeViolations, colourRules, type AxeViolations } from '../support/axe';
import { openSearch, searchFor, type SearchResult } from '../support/search';
import { mainMessageOnFirstScreen, type MainMessagePlacement } from './checks/main-message';
import { reflowProblems } from './checks/reflow';
import { diagramTextProblems } from './checks/diagram-text';
import { pageWords } from './checks/page-words';
import { localPath } from '../../src/lib/page-language';
import { interfaceText, languageOf } from '../support/interface-text';

/** The question scorer's answers are the one thing the site stores without the reader picking a theme. */
export const SCORER_KEY = 'kyphoplasty-guide:scorer';
/** Written by the theme picker when, and only when, the reader picks a theme. */
export const THEME_KEY = 'starlight-theme';
const VISITS_AT_ONCE = 3;

export interface Visit {
  weight: PageWeight;
  loaded: { consoleErrors: string[]; failedRequests: string[]; offsiteRequests: string[] };
  privacy: {
    offsite: string[];
    pointers: string[];
    cookies: unknown[];
    unexpectedWrites: string[];
    state: { localStorage: string[]; sessionStorage: string[]; indexedDB: (string | undefined)[]; caches: string[]; serviceWorkers: number };
  };
  cspProblems: string[];
  /** axe in the light theme (every rule) and the dark theme (`themes.darkRules`: the colour rules). */
  axe: { light: AxeViolations; dark: AxeViolations; themes: { light: string | null; dark: string | null; darkRules: string[] } };
  /** The same page on a 390 × 844 phone, and narrowed to 320 and 195 CSS px (large text). */
  phone: { mainMessage: MainMessagePlacement; reflow: Record<320 | 195, string[]> };
  noScript: { status: number; h1: string; h1Visible: boolean; keyPoints: number; trustFooter: string; words: number; homeLinks: number };
  /** What a Spanish page says, block by block (checks/page-words.ts; empty on English pages), and words that spill out of its drawings (checks/diagram-text.ts). */
  text: { passages: string[]; diagramProblems: string[] };
  /** The page's title, and what searching its language's index for it showed (not for the 404 page). */
  search: { title: string; results: SearchResult[]; tags: number } | null;
  facts: Facts;
}

export interface Facts {
  canonical: string[];
  description: string | null;
  title: string;
  meta: Record<string, string | null>;
  jsonLd: string[];
  reviewed: string | null;
  clinicalReview: string;
  sourceUrls: string[];
}

/** Runs at most `limit` tasks at once, in the order they were asked for. */
function limiter(limit: number) {
  let running = 0;
  const queue: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((go) => queue.push(go));
    running++;
    try {
      return await task();
    } finally {
      running--;
      queue.shift()?.();
    }
  };
}

/**
 * `visit(path)`: the page's one visit, started on first request and shared after that;
 * `close()` when the tests are done.
 */
export function visitor(baseUrl: string): { visit: (path: string) => Promise<Visit>; close: () => Promise<void> } {
  let browser: Promise<Browser> | undefined;
  let tabs: Promise<ScriptlessTabs> | undefined;
  const searchers = new Map<string, Promise<Searcher>>();
  const visits = new Map<string, Promise<Visit>>();
  const limit = limiter(VISITS_AT_ONCE);
  const search: Search = async (path, title) => {
    const lang = languageOf(path);
    let searcher = searchers.get(lang);
    if (!searcher) searchers.set(lang, (searcher = openSearcher(await browser!, baseUrl + (lang === 'en' ? '/' : `/${lang}/`))));
    return (await searcher).find(title);
  };
  const visit = (path: string) => {
    let pending = visits.get(path);
    if (!pending) {
      browser ??= launchBrowser();
      tabs ??= browser.then(scriptlessTabs);
      pending = limit(async () => visitPage(await browser!, await tabs!, search, baseUrl, path));
      visits.set(path, pending);
    }
    return pending;
  };
  const close = async () => {
    await Promise.allSettled(visits.values());
    await (await browser)?.close();
  };
  return { visit, close };
}

/** Searches the index of `path`'s language for `title`, as that language's search box does. */
type Search = (path: string, title: string) => Promise<{ results: SearchResult[]; tags: number }>;

interface Searcher {
  find(title: string): Promise<{ results: SearchResult[]; tags: number }>;
}

/**
 * A page of the site, in one language, with its search box open and Pagefind loaded, that takes
 * one search at a time (the box shows one query's results).
 */
async function openSearcher(browser: Browser, home: string): Promise<Searcher> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(home);
  await openSearch(page);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    find(title) {
      const done = queue.then(async () => ({ results: await searchFor(page, title, 5), tags: await page.locator('.pagefind-ui__result-tag').count() }));
      queue = done.catch(() => {});
      return done;
    },
  };
}

async function visitPage(browser: Browser, tabs: ScriptlessTabs, searchIndex: Search, baseUrl: string, path: string): Promise<Visit> {
  const { weight, loaded, privacy, cspProblems, axe, search, phone } = await visitWithScript(browser, searchIndex, baseUrl, path);
  const { noScript, facts, text } = await tabs.use((page) => visitWithoutScript(page, baseUrl, path));
  return { weight, loaded, privacy, cspProblems, axe, search, phone, noScript, facts, text };
}

/**
 * Reports every storage write the page's scripts attempt (localStorage, sessionStorage, cookies,
 * IndexedDB, Cache Storage, service workers) and every CSP violation.
 */
export async function watch(context: BrowserContext, writes: string[], csp: string[]): Promise<void> {
  await context.exposeBinding('__storageUse', (_source, what: string) => writes.push(what));
  await context.exposeBinding('__reportViolation', (_source, text: string) => csp.push(text));
  await context.addInitScript(() => {
    const w = window as unknown as { __storageUse: (w: string) => void; __reportViolation: (t: string) => void };
    document.addEventListener('securitypolicyviolation', (e) => w.__reportViolation(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
    const area = (s: Storage) => (s === window.localStorage ? 'localStorage' : 'sessionStorage');
    const { setItem, removeItem, clear } = Storage.prototype;
    Storage.prototype.setItem = function (key: string, value: string) {
      w.__storageUse(`${area(this)}.setItem(${key})`);
      return setItem.call(this, key, value);
    };
    Storage.prototype.removeItem = function (key: string) {
      w.__storageUse(`${area(this)}.removeItem(${key})`);
      return removeItem.call(this, key);
    };
    Storage.prototype.clear = function () {
      w.__storageUse(`${area(this)}.clear()`);
      return clear.call(this);
    };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(Document.prototype, 'cookie', {
      get: cookie.get,
      set(value: string) {
        w.__storageUse(`document.cookie = ${value.split('=')[0]}`);
        cookie.set!.call(this, value);
      },
    });
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name: string, version?: number) {
      w.__storageUse(`indexedDB.open(${name})`);
      return open.call(this, name, version);
    };
    if (self.CacheStorage) {
      const cacheOpen = CacheStorage.prototype.open;
      CacheStorage.prototype.open = function (name: string) {
        w.__storageUse(`caches.open(${name})`);
        return cacheOpen.call(this, name);
      };
    }
    if (navigator.serviceWorker) {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args: Parameters<typeof register>) {
        w.__storageUse(`serviceWorker.register(${String(args[0])})`);
        return register.apply(this, args);
      };
    }
  });
  context.on('console', (msg) => {
    if (/Content.Security.Policy|Permissions.Policy|Refused to/i.test(msg.text())) csp.push(`${msg.type()}: ${msg.text()}`);
  });
}

/** Everything the browser holds for the site's origin, read from a page of that origin. */
export function storedState(page: Page): Promise<Visit['privacy']['state']> {
  return page.evaluate(async () => ({
    localStorage: Object.keys(localStorage).sort(),
    sessionStorage: Object.keys(sessionStorage).sort(),
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: self.caches ? await caches.keys() : [],
    serviceWorkers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
  }));
}

/**
 * Tabs in one browser with JavaScript off, one per visit running at once, each reused from page to
 * page. Reading a page without script stores nothing and needs no empty cache, so unlike the
 * visit with script it does not need a fresh browser profile: starting one per page cost about as
 * much processor time as reading the page.
 */
interface ScriptlessTabs {
  use<T>(read: (page: Page) => Promise<T>): Promise<T>;
}

async function scriptlessTabs(browser: Browser): Promise<ScriptlessTabs> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const idle: Page[] = [];
  return {
    async use(read) {
      const page = idle.pop() ?? (await context.newPage());
      try {
        return await read(page);
      } finally {
        idle.push(page);
      }
    },
  };
}

async function visitWithScript(browser: Browser, searchIndex: Search, baseUrl: string, path: string) {
  const origin = new URL(baseUrl).origin;
  // The first load is a phone's, as the page budgets are; the window then widens to a desktop's,
  // which shows the search label and the sidebar (phone layouts are checked in accessibility.test.ts).
  const context = await browser.newContext({ ...PHONE, colorScheme: 'light' });
  const writes: string[] = [];
  const csp: string[] = [];
  const offsite: string[] = [];
  await watch(context, writes, csp);
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin) offsite.push(req.url());
  });
  const loaded: Visit['loaded'] = { consoleErrors: [], failedRequests: [], offsiteRequests: offsite };
  const page = await context.newPage();
  // The page's own errors, until the reader leaves it (the plain file left for has none of its own,
  // but Chromium asks for a /favicon.ico on its behalf).
  let left = false;
  // Set as the reader starts to leave: a request the page had in flight then (search's Pagefind
  // files, fetched as the box opens) is cancelled by the browser, which is not the page failing.
  let leaving = false;
  page.on('console', (msg) => {
    if (!left && msg.type() === 'error') loaded.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => !left && loaded.consoleErrors.push(err.message));
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText;
    if (!left && !(leaving && error === 'net::ERR_ABORTED')) loaded.failedRequests.push(`${req.url()} (${error})`);
  });
  page.on('response', (res) => {
    if (!left && res.status() >= 400) loaded.failedRequests.push(`${res.url()} (${res.status()})`);
  });

  try {
    const weighing = startWeighing(page);
    const weight = await weighing.finish(path, await page.goto(baseUrl + path, { waitUntil: 'load' }));
    // Anything that points the browser elsewhere, even without a request Playwright can see
    // (dns-prefetch, preconnect), or that would load from elsewhere on another device.
    const pointers = await page.evaluate(
      (own) =>
        [...document.querySelectorAll('[src], link[href]:not([rel~="canonical"]):not([rel~="alternate"]):not([rel~="sitemap"])')]
          .map((el) => (el as HTMLElement & { src?: string; href?: string }).src || (el as HTMLLinkElement).href)
          .filter((u) => u && !u.startsWith('data:') && new URL(u, location.href).origin !== own),
      origin,
    );

    // On the phone: the main message on the first screen; then narrower, as large text makes it.
    const mainMessage = await mainMessageOnFirstScreen(page);
    const phone: Visit['phone'] = { mainMessage, reflow: { 320: await reflowProblems(page, 320), 195: await reflowProblems(page, 195) } };

    await page.setViewportSize({ width: 1280, height: 900 });
    const themes = { light: await page.getAttribute('html', 'data-theme'), dark: null as string | null, darkRules: [] as string[] };
    const light = await axeViolations(page);

    // The reader picks the dark theme with the page's own picker, so its script runs under the
    // CSP. That choice is the one thing the picker may store (src/components/overrides/ThemeSelect.astro).
    const writesBeforePick = writes.length;
    const picker = page.locator('header starlight-theme-select select');
    if (await picker.count()) await picker.selectOption('dark');
    else await page.emulateMedia({ colorScheme: 'dark' });
    themes.dark = await page.getAttribute('html', 'data-theme');
    const pickWrites = writes.splice(writesBeforePick).filter((w) => w !== `localStorage.setItem(${THEME_KEY})`);
    writes.push(...pickWrites);
    // Every rule ran in the light theme; the dark theme changes colours only, so its colour rules are what can differ.
    themes.darkRules = await colourRules(page);
    const dark = await axeViolations(page, themes.darkRules);

    // Search opens with Control+K here too, and its language's index finds this page by its title.
    let search: Visit['search'] = null;
    if (!MISSING_PATHS.includes(path)) {
      const title = (await page.locator('main h1').innerText()).trim();
      await openSearch(page);
      search = { title, ...(await searchIndex(path, title)) };
    }

    // Leave the page, so "on leaving" writes happen too, then look at what the browser holds for
    // the site from one of its plain files: the home page's own scripts are its own visit's business.
    leaving = true;
    await page.goto(`${baseUrl}/robots.txt`, { waitUntil: 'commit' });
    left = true;
    await page.waitForLoadState('load');
    const privacy: Visit['privacy'] = {
      offsite: [...offsite],
      pointers,
      cookies: await context.cookies(),
      // The scorer's own key is written only when a reader answers; anything else is a leak.
      unexpectedWrites: writes.filter((w) => !w.includes(`(${SCORER_KEY})`)),
      state: await storedState(page).then((s) => ({ ...s, localStorage: s.localStorage.filter((k) => k !== SCORER_KEY && k !== THEME_KEY) })),
    };
    // The document's own 404 is what a missing page should answer, not a failed request.
    if (MISSING_PATHS.includes(path)) loaded.failedRequests = loaded.failedRequests.filter((r) => !r.startsWith(`${baseUrl}${path} `));
    return { weight, loaded, privacy, cspProblems: csp, axe: { light, dark, themes }, search, phone };
  } finally {
    await context.close();
  }
}

async function visitWithoutScript(page: Page, baseUrl: string, path: string) {
  const response = await page.goto(baseUrl + path);
  const main = page.locator('main');
  const noScript: Visit['noScript'] = {
    status: response?.status() ?? 0,
    h1: ((await main.locator('h1').first().textContent()) ?? '').trim(),
    h1Visible: await main.locator('h1').first().isVisible(),
    keyPoints: await main.locator('.key-points li').count(),
    trustFooter: (await main.locator('.trust-footer').isVisible()) ? await main.locator('.trust-footer').innerText() : '',
    words: (await main.innerText()).split(/\s+/).length,
    // Links to the home page of the page's language ("/" or "/es/").
    homeLinks: await main.locator(`a[href="${localPath('/', languageOf(path))}"]`).count(),
  };
  // What a crawler reads, which does not run scripts either.
  const facts = await page.evaluate((clinicalReviewLabel) => {
    const meta = (selector: string) => document.querySelector(`meta[${selector}]`)?.getAttribute('content') ?? null;
    return {
      canonical: [...document.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href') ?? ''),
      description: meta('name="description"'),
      title: document.querySelector('main h1')?.textContent?.trim() ?? '',
      meta: Object.fromEntries(
        ['og:title', 'og:description', 'og:url', 'og:type', 'og:image', 'og:image:alt', 'og:image:width', 'og:image:height']
          .map((p) => [p, meta(`property="${p}"`)])
          .concat(['twitter:card', 'twitter:image', 'twitter:image:alt'].map((n) => [n, meta(`name="${n}"`)])),
      ),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
      reviewed: document.querySelector('.trust-footer dt + dd time')?.getAttribute('datetime') ?? null,
      clinicalReview:
        [...document.querySelectorAll('.trust-footer dt')].find((dt) => dt.textContent === clinicalReviewLabel)?.nextElementSibling?.textContent?.trim() ?? '',
      sourceUrls: [...document.querySelectorAll('.references li a.source-url')].map((a) => a.getAttribute('href') ?? ''),
    };
  }, interfaceText(path)['kg.trust.clinicalReview']);
  // Only Spanish pages are checked for words in another language (English is the site's first language).
  const text = { passages: languageOf(path) === 'en' ? [] : await pageWords(page), diagramProblems: await diagramTextProblems(page) };
  return { noScript, facts, text };
}
