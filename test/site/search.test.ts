/**
 * Search opens from the keyboard on any page and finds the page that has the word. It indexes
 * only each page's own content (not menus, footers or source lists), shows a title and an excerpt
 * for each result, and finds pages by the hidden words patients use (glossary aliases).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PUBLISHED_LANGUAGES } from '../../src/config/languages.mjs';
import { localPath } from '../../src/lib/page-language';
import { launchBrowser, openPage } from '../../scripts/lib/browser';
import { sitemapPaths } from '../../scripts/lib/pages';
import { builtHtml } from '../support/dist';
import { openSearch, searchFor } from '../support/search';
import { interfaceText, languageOf } from '../support/interface-text';

const baseUrl = inject('baseUrl');
let browser: Browser;

/**
 * One page of the site with Pagefind's own API loaded, shared by the per-page index checks: each
 * check parses that page's built HTML in it and asks Pagefind what it indexed, with no page load.
 * Pagefind is imported through page.evaluate, because the site's CSP rightly refuses an injected
 * inline script; the code is a string so that Vite leaves its import() alone.
 */
const indexReaders: Partial<Record<'en' | 'es', Promise<Page>>> = {};
/** A page that has loaded Pagefind's own API; Pagefind searches the index of the page's language. */
const readIndex = (lang: 'en' | 'es') =>
  (indexReaders[lang] ??= (async () => {
    const { page } = await openPage(browser, `${baseUrl}${lang === 'es' ? '/es' : ''}/about/disclaimer/`);
    await page.evaluate("import('/pagefind/pagefind.js').then((m) => { window.pagefind = m; })");
    return page;
  })());

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('search', () => {
  it('opens with Control+K and finds a page by a word only that page uses', async () => {
    const { page, problems, close } = await openPage(browser, `${baseUrl}/about/disclaimer/`, { viewport: { width: 1280, height: 900 } });
    await page.keyboard.press('Control+k');
    const input = page.locator('#starlight__search input');
    await input.waitFor({ state: 'visible' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.type('cookies');
    const result = page.locator('.pagefind-ui__result-link').first();
    await result.waitFor({ state: 'visible' });
    expect(await result.getAttribute('href')).toBe('/about/privacy/');
    expect(await page.locator('.pagefind-ui__result-excerpt').first().innerText()).toMatch(/\w{3,}/);
    await close();
    expect(problems.consoleErrors).toEqual([]);
  });

  it('does not download the search interface until a reader reaches for it', async () => {
    const { page, close } = await openPage(browser, `${baseUrl}/about/disclaimer/`);
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    await close();
    expect([...loaded, ...scripts].filter((u) => /pagefind|ui-core/.test(u))).toEqual([]);
  });
});

describe('what search indexes', () => {
  it.each(sitemapPaths())('%s: only the main content, with key points weighted and footers and source lists left out', (path) => {
    const page = builtHtml(path);
    expect(page.match(/data-pagefind-body/g), 'one indexed region').toHaveLength(1);
    expect(page).toMatch(/<main data-pagefind-body/);
    expect(page).toMatch(/<section class="key-points"[^>]*data-pagefind-weight="5"/);
    expect(page).toMatch(/<section class="trust-footer"[^>]*data-pagefind-ignore/);
    expect(page).toMatch(/<div data-pagefind-ignore><footer/);
    if (page.includes('class="references"')) expect(page).toMatch(/<section class="references"[^>]*data-pagefind-ignore/);
    if (page.includes('class="print-footer')) expect(page).toMatch(/<p class="print-footer[^"]*"[^>]*data-pagefind-ignore/);
    // A glossary term's word is indexed where it stands in the sentence (its button); the popover
    // definition is not, so excerpts read as the page reads and definitions don't crowd results.
    const terms = page.match(/<span class="term">/g)?.length ?? 0;
    expect(page.match(/class="term-button"[^>]*>/g)?.filter((b) => b.includes('data-pagefind-ignore')) ?? []).toEqual([]);
    expect(page.match(/class="term-popover"[^>]*data-pagefind-ignore/g)?.length ?? 0).toBe(terms);
    // Hidden alias words are metadata only: out of the text index and out of sight.
    for (const aliases of page.match(/<p[^>]*class="search-aliases"[^>]*>/g) ?? []) {
      expect(aliases).toMatch(/\bhidden\b/);
      expect(aliases).toMatch(/data-pagefind-ignore/);
      expect(aliases).toMatch(/data-pagefind-meta="aliases"/);
    }
  });

  it.each(sitemapPaths())('%s: the index holds the page text and key points, not its footers, source list or alias words', async (path) => {
    const page = await readIndex(languageOf(path));
    const facts = await page.evaluate(async ({ html, path }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const text = (selector: string) => [...doc.querySelectorAll(selector)].map((e) => (e.textContent ?? '').trim()).filter(Boolean);
      const title = doc.querySelector('main h1')?.textContent?.trim() ?? '';
      const pagefind = (window as unknown as { pagefind: { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string; content: string }> }[] }> } }).pagefind;
      const { results } = await pagefind.search(title);
      let content = '';
      for (const result of results) {
        const data = await result.data();
        if (data.url === path) content = data.content;
      }
      return {
        content,
        keyPoints: text('.key-points li'),
        sourceUrls: text('.references a.source-url'),
        aliases: doc.querySelector('.search-aliases')?.textContent ?? '',
      };
    }, { html: builtHtml(path), path });
    expect(facts.content, 'the page is in the index').not.toBe('');
    for (const point of facts.keyPoints) expect(facts.content).toContain(point);
    const text = interfaceText(path);
    for (const words of [text['kg.trust.nextReview'], text['kg.trust.evidenceCheckedBy'], text['kg.trust.readingLevel'], text['kg.print.from']]) expect(facts.content).not.toContain(words);
    for (const url of facts.sourceUrls) expect(facts.content).not.toContain(url);
    // Citation markers would break up result excerpts ("two main choices source [5] source [6]").
    expect(facts.content).not.toMatch(/source \[\d+\]/);
    // The alias list ("cement; bone cement; PMMA; …") would show up as its run of semicolons.
    if (facts.aliases.includes('; ')) expect(facts.content).not.toContain(facts.aliases.slice(0, 60));
  });
});

// Search opened with Control+K from every page, finding that page by its title: every-page.test.ts.

describe('patients’ words', () => {
  // Each language has its own index, searched from its own pages.
  it.each(PUBLISHED_LANGUAGES)('(%s) a word found only in a page’s hidden aliases finds that page, with an excerpt from its text', async (lang) => {
    // Pick, from the built site, an alias word that one page carries only as hidden metadata and
    // that at most four pages mention at all, so the page must appear among the first results.
    const paths = sitemapPaths().filter((p) => languageOf(p) === lang);
    const home = localPath('/', lang);
    const words = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 5));
    const visible = new Map<string, Set<string>>();
    const aliasOf = new Map<string, { text: string; words: Set<string> }>();
    const { page, close } = await openPage(browser, baseUrl + home, { viewport: { width: 1280, height: 900 } });
    // Each page's built HTML, read in the browser without loading the page: the words of its
    // visible main text (hidden elements left out, as innerText would) and its hidden alias words.
    for (const path of paths) {
      const text = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const main = doc.querySelector('main')!;
        const aliases = main.querySelector('.search-aliases')?.textContent ?? '';
        for (const hidden of main.querySelectorAll('[hidden], .search-aliases, .term-popover, style, script')) hidden.remove();
        return { visible: main.textContent ?? '', aliases };
      }, builtHtml(path));
      visible.set(path, words(text.visible));
      aliasOf.set(path, { text: text.aliases.toLowerCase(), words: words(text.aliases) });
    }
    let choice: { word: string; path: string } | undefined;
    for (const path of paths) {
      for (const word of aliasOf.get(path)!.words) {
        if (choice || visible.get(path)!.has(word)) continue;
        const mentions = paths.filter((p) => visible.get(p)!.has(word) || aliasOf.get(p)!.words.has(word));
        if (mentions.length <= 4) choice = { word, path };
      }
    }
    expect(choice, 'some page has an alias word that its text does not use').toBeDefined();
    await page.goto(baseUrl + home);
    await openSearch(page);
    const results = await searchFor(page, choice!.word, 5);
    const hit = results.find((r) => r.href === choice!.path);
    expect(hit, `"${choice!.word}" should find ${choice!.path}; got ${results.map((r) => r.href).join(', ')}`).toBeDefined();
    expect(hit!.excerpt.split(/\s+/).length, 'a useful excerpt').toBeGreaterThanOrEqual(5);
    expect(hit!.excerpt.toLowerCase(), 'the excerpt comes from the page text, not the alias list').not.toContain(aliasOf.get(choice!.path)!.text.slice(0, 40));
    expect(await page.locator('.pagefind-ui__result-tag').count(), 'the alias field is not shown').toBe(0);
    await close();
  });
});
