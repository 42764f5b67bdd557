/**
 * Every page a reader can land on (the sitemap's pages and the 404 page), visited once
 * (test/site/visit.ts), and everything a reader would notice on it checked from that visit:
 *  - it loads with no console error, no failed request and nothing fetched from another site;
 *  - reading stores nothing and contacts no one else, even after leaving the page (what
 *    src/content/docs/about/privacy.mdx promises);
 *  - no Content-Security-Policy violation, the theme picker's script included;
 *  - axe finds no WCAG 2.0/2.1/2.2 A or AA violation in the light theme, and none of its colour
 *    rules fails in the dark theme (which differs in colour only);
 *  - it stays within every page-weight budget (scripts/lib/budgets.ts), loading no search code;
 *  - search opens from it with Control+K, and its language's search box finds it by its title;
 *  - with JavaScript off it still reads in full;
 *  - what search engines and link previews read: canonical URL, description, Open Graph and
 *    Twitter cards, and JSON-LD that says the same as the visible page.
 *
 * Visits run a few at a time (VISITS_AT_ONCE in visit.ts); each page's tests wait for its visit.
 */
import { afterAll, describe, expect, inject, it, type ExpectStatic } from 'vitest';
import { SITE_IMAGES, SITE_URL } from '../../src/config/site.mjs';
import { toolAt } from '../../src/config/tools.mjs';
import { needsMainMessage } from '../../src/lib/main-message';
import { isProcedurePage } from '../../src/lib/structured-data';
import { MISSING_PATHS, pagePaths, sitemapPaths } from '../../scripts/lib/pages';
import { checkBudgets } from '../../scripts/lib/budgets';
import { axeSummary } from '../support/axe';
import { loadPages } from '../support/content';
import { interfaceText, languageOf } from '../support/interface-text';
import { visitor } from './visit';
import { englishPassages } from '../../src/lib/language-check';

const baseUrl = inject('baseUrl');
const origin = SITE_URL.replace(/\/$/, '');
const paths = pagePaths();
const { visit, close } = visitor(baseUrl);
afterAll(close);
/** A typical content page, the baseline for the scorer's extra JavaScript. */
const TYPICAL_PAGE = '/procedure/recovery/';

type Node = Record<string, unknown> & { '@type': string };


type Check = (path: string, expect: ExpectStatic) => Promise<void>;
const everyPage = () => true;
const missing = (path: string) => MISSING_PATHS.includes(path);
const present = (path: string) => !missing(path);

/**
 * One test per page for `what`, all started together: vitest runs a suite's tests one after
 * another unless they are concurrent, and visits (visit.ts) decide how many pages load at once.
 * Tests are grouped by check, not by page, so a page's later checks find its visit done.
 */
function eachPage(what: string, which: (path: string) => boolean, check: Check): void {
  // A test's time includes waiting for its page's turn to be visited, so it gets more than one visit needs.
  it.concurrent.for(paths.filter(which))(`%s ${what}`, { timeout: 300_000 }, async (path, { expect }) => check(path, expect));
}

describe('every page', () => {

  eachPage('loads with no console error, no failed request and nothing from another site', present, async (path, expect) => {
    const { loaded } = await visit(path);
    expect(loaded.consoleErrors, 'console errors').toEqual([]);
    expect(loaded.failedRequests, 'failed requests').toEqual([]);
    expect(loaded.offsiteRequests, 'requests to other sites').toEqual([]);
  });

  eachPage('stores nothing and contacts no one else, even after the reader leaves', everyPage, async (path, expect) => {
    const { privacy } = await visit(path);
    expect(privacy.offsite, 'requests to other origins').toEqual([]);
    expect(privacy.pointers, 'resources from other origins').toEqual([]);
    expect(privacy.cookies, 'cookies').toEqual([]);
    expect(privacy.unexpectedWrites, 'storage writes').toEqual([]);
    expect(privacy.state.localStorage, 'localStorage keys').toEqual([]);
    expect(privacy.state, 'stored data').toMatchObject({ sessionStorage: [], indexedDB: [], caches: [], serviceWorkers: 0 });
  });

  eachPage('trips no Content-Security-Policy, the theme picker included', everyPage, async (path, expect) => {
    const { cspProblems } = await visit(path);
    expect(cspProblems).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    eachPage(`axe finds no violations in the ${theme} theme`, everyPage, async (path, expect) => {
      const { axe } = await visit(path);
      expect(axe.themes[theme], 'data-theme while axe ran').toBe(theme);
      if (theme === 'dark') expect(axe.themes.darkRules, 'the colour rules ran').toEqual(expect.arrayContaining(['color-contrast', 'link-in-text-block']));
      expect(axeSummary(axe[theme])).toEqual([]);
    });
  }

  eachPage('stays within every page-weight budget and loads no search code', everyPage, async (path, expect) => {
    const { weight } = await visit(path);
    // The scorer's allowance is what it adds to a typical content page's scripts (one with a
    // table of contents and glossary words): measured against that page's visit.
    const tool = toolAt(path) !== undefined;
    const others = tool ? [(await visit(TYPICAL_PAGE)).weight] : [];
    const checks = checkBudgets([weight, ...others]).filter((c) => c.path === path);
    expect(checks.length, 'budgets measured').toBeGreaterThanOrEqual(4);
    expect(checks.filter((c) => !c.ok).map((c) => `${c.what}: ${c.value.toLocaleString('en-US')} > ${c.limit.toLocaleString('en-US')} bytes`)).toEqual([]);
    if (tool) expect(checks.find((c) => /extra JS/.test(c.what))?.ok, 'a tool adds at most 8 KB of JavaScript').toBe(true);
    const searchCode = weight.resources.map((r) => new URL(r.url).pathname).filter((u) => /pagefind|ui-core|search-ui/.test(u));
    expect(searchCode, 'search code loaded before a reader reached for search').toEqual([]);
    expect(weight.status).toBe(missing(path) ? 404 : 200);
  });

  eachPage('opens search with Control+K, and a search for its title shows it with a title and an excerpt', present, async (path, expect) => {
    const { search } = await visit(path);
    const hit = search!.results.find((r) => r.href === path);
    expect(hit, `searching "${search!.title}" shows ${search!.results.map((r) => r.href).join(', ')}`).toBeDefined();
    expect(hit!.title).toBe(search!.title);
    expect(hit!.excerpt.split(/\s+/).length, 'a useful excerpt').toBeGreaterThanOrEqual(5);
    expect(search!.tags, 'no metadata tags under results').toBe(0);
  });

  eachPage('shows its main message on the first phone screen, where the page needs one', present, async (path, expect) => {
    const { phone } = await visit(path);
    if (needsMainMessage(`src/content/docs/${path.replace(/^\/|\/$/g, '') || 'index'}.mdx`)) expect(phone.mainMessage.problem).toBeUndefined();
  });

  for (const width of [320, 195] as const) {
    eachPage(`reflows at ${width} CSS px: nothing scrolls sideways or is cut off`, everyPage, async (path, expect) => {
      expect((await visit(path)).phone.reflow[width]).toEqual([]);
    });
  }

  eachPage('reads fully with JavaScript off', present, async (path, expect) => {
    const { noScript } = await visit(path);
    expect(noScript.status).toBe(200);
    expect(noScript.h1Visible, 'visible h1').toBe(true);
    expect(noScript.keyPoints, 'key points').toBeGreaterThanOrEqual(3);
    const text = interfaceText(path);
    const labels = [text['kg.trust.lastReviewed'], text['kg.trust.nextReview'], text['kg.trust.evidenceCheckedBy']];
    expect(noScript.trustFooter, 'trust footer').toMatch(new RegExp(labels.join('[\\s\\S]*')));
    expect(noScript.words, 'readable text in <main>').toBeGreaterThan(60);
  });

  eachPage('leaves no English for a Spanish reader, its drawings included', (path) => languageOf(path) === 'es', async (path, expect) => {
    expect(englishPassages((await visit(path)).text.passages)).toEqual([]);
  });

  eachPage('keeps the words of its drawings inside the drawing and their boxes', everyPage, async (path, expect) => {
    expect((await visit(path)).text.diagramProblems).toEqual([]);
  });

  eachPage('answers 404 with a helpful page that works without JavaScript', missing, async (path, expect) => {
    const { noScript } = await visit(path);
    expect(noScript.status).toBe(404);
    // The not-found page of the address's language: /es/… addresses get the Spanish one.
    expect(noScript.h1).toBe(loadPages(languageOf(path)).find((p) => p.slug === '404')!.frontmatter.title);
    expect(noScript.homeLinks).toBeGreaterThan(0);
  });

  describe('for search engines and link previews', () => {
    const urlOf = (path: string) => `${origin}${path}`;

    eachPage('has one canonical link, to its own address on SITE_URL', present, async (path, expect) => {
      expect((await visit(path)).facts.canonical).toEqual([urlOf(path)]);
    });

    eachPage('has a description of 50–160 characters, shared with Open Graph', present, async (path, expect) => {
      const { description, meta } = (await visit(path)).facts;
      expect(description?.length ?? 0).toBeGreaterThanOrEqual(50);
      expect(description!.length).toBeLessThanOrEqual(160);
      expect(meta['og:description']).toBe(description);
    });

    eachPage('has Open Graph and Twitter card tags with the site image in its language, and its alt text', present, async (path, expect) => {
      const { meta, title } = (await visit(path)).facts;
      const picture = SITE_IMAGES[languageOf(path)];
      const image = new URL(picture.path, SITE_URL).href;
      expect(meta).toMatchObject({
        'og:title': title,
        'og:url': urlOf(path),
        'og:image': image,
        'og:image:alt': picture.alt,
        'og:image:width': String(picture.width),
        'og:image:height': String(picture.height),
        'twitter:card': 'summary_large_image',
        'twitter:image': image,
        'twitter:image:alt': picture.alt,
      });
      expect(picture.alt.length).toBeGreaterThan(30);
    });

    eachPage('has JSON-LD: a MedicalWebPage that matches the visible page', present, async (path, expect) => {
      const f = (await visit(path)).facts;
      expect(f.jsonLd, 'one JSON-LD block').toHaveLength(1);
      const graph = JSON.parse(f.jsonLd[0]!) as { '@context': string; '@graph': Node[] };
      expect(graph['@context']).toBe('https://schema.org');
      const pages = graph['@graph'].filter((n) => n['@type'] === 'MedicalWebPage');
      expect(pages).toHaveLength(1);
      const webPage = pages[0]!;
      expect(webPage).toMatchObject({ url: urlOf(path), name: f.title, description: f.description, lastReviewed: f.reviewed, inLanguage: languageOf(path) });
      expect(webPage.audience).toMatchObject({ '@type': 'Patient' });
      expect(webPage.publisher).toMatchObject({ '@type': 'Organization', name: 'Kyphoplasty Guide' });
      expect((webPage.about as Node[]).length).toBeGreaterThan(0);
      for (const topic of webPage.about as Node[]) expect(topic['@type'] ?? topic['@id']).toBeTruthy();
      // The citations are the page's numbered source list, in order.
      expect(((webPage.citation as Node[] | undefined) ?? []).map((c) => c.url)).toEqual(f.sourceUrls);
    });

    eachPage('names a reviewer in JSON-LD exactly when the "About this page" box does', present, async (path, expect) => {
      const f = (await visit(path)).facts;
      const webPage = (JSON.parse(f.jsonLd[0]!)['@graph'] as Node[]).find((n) => n['@type'] === 'MedicalWebPage')!;
      if (f.clinicalReview === interfaceText(path)['kg.trust.notReviewed']) expect(webPage.reviewedBy).toBeUndefined();
      else expect(f.clinicalReview).toContain((webPage.reviewedBy as Node).name as string);
    });

    eachPage('describes the procedure as a MedicalProcedure on procedure pages, and nowhere else', present, async (path, expect) => {
      const graph = JSON.parse((await visit(path)).facts.jsonLd[0]!)['@graph'] as Node[];
      const procedures = graph.filter((n) => n['@type'] === 'MedicalProcedure');
      // A Spanish page describes what its English twin describes.
      if (isProcedurePage(path.replace(/^\/es\//, '/'))) {
        expect(procedures).toHaveLength(1);
        expect(procedures[0]).toMatchObject({ name: 'Kyphoplasty', procedureType: 'https://schema.org/PercutaneousProcedure' });
        expect(graph.find((n) => n['@type'] === 'MedicalWebPage')!.mainEntity).toEqual({ '@id': procedures[0]!['@id'] });
      } else {
        expect(procedures).toHaveLength(0);
      }
    });
  });
});

describe('the pages visited', () => {
  it('are the sitemap, which lists the pages we publish, and the 404 page', () => {
    expect(paths).toEqual([...sitemapPaths(), ...MISSING_PATHS]);
    expect(paths).toContain('/');
    expect(paths).toContain('/about/editorial-policy/');
  });
});
