/**
 * The addresses clinics print: the permanent URL manifest, short links, moved-page redirects and
 * search phrasings must agree with each other and with the pages. Fast checks, no build needed;
 * test/site/permanent-urls.test.ts then proves every address really resolves.
 */
import { describe, expect, it } from 'vitest';
import manifest from '../../src/config/permanent-urls.json';
import { SPANISH_DIR, SPANISH_EDITION_PUBLISHED } from '../../src/config/languages.mjs';
import { permanentUrls } from '../../src/config/permanent-urls.mjs';
import { movedPages } from '../../src/config/redirects.mjs';
import { searchTerms, searchTermsEs } from '../../src/config/search-terms.mjs';
import { shortLinkPath, shortLinkRedirects, shortLinks } from '../../src/config/short-links.mjs';
import { entryHref } from '../../src/lib/source-usage';
import { loadPages } from '../support/content';

const urls: string[] = [...manifest.urls, ...manifest.spanishUrls];
/** What the site promises today: the Spanish addresses only once that edition is published. */
const listed = new Set(permanentUrls);
/** Every published page, English then Spanish, with the address it is published at. */
const publishedPages = [
  ...loadPages().map((p) => ({ ...p, href: entryHref(p.slug || 'index') })),
  ...(SPANISH_EDITION_PUBLISHED ? loadPages('es').map((p) => ({ ...p, href: `/${SPANISH_DIR}${entryHref(p.slug || 'index')}` })) : []),
].filter((p) => p.slug !== '404');
const PATH = /^\/(?:[a-z0-9-]+\/)*$/;

describe('permanent-urls.json', () => {
  it('lists site paths with a trailing slash, each once', () => {
    for (const url of urls) expect(url, url).toMatch(PATH);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('keeps the Spanish edition\'s addresses apart, and each of them is a Spanish address', () => {
    for (const url of manifest.spanishUrls) expect(url, url).toMatch(/^\/(?:es|go)\//);
    for (const url of manifest.spanishUrls) expect(manifest.urls, url).not.toContain(url);
  });

  it.each(publishedPages.map((p) => [p.href, p.file] as const))('lists %s (%s)', (href, file) => {
    expect(listed.has(href), `${file} is published at ${href}: add "${href}" to src/config/permanent-urls.json (entries are never removed)`).toBe(true);
  });
});

describe('short links', () => {
  it('have unique lowercase names', () => {
    const names = shortLinks.map((l) => l.name);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(shortLinks.map((l) => [shortLinkPath(l.name), l] as const))('%s is permanent and opens a permanent page', (path, link) => {
    expect(listed.has(path), `add "${path}" to src/config/permanent-urls.json`).toBe(true);
    expect(link.to).toMatch(PATH);
    expect(link.to.startsWith('/go/'), 'a short link must open a page, not another short link').toBe(false);
    expect(listed.has(link.to), `${path} opens ${link.to}, which is not in permanent-urls.json`).toBe(true);
  });

  it('include the key pages and one per handout', () => {
    expect(shortLinkRedirects).toMatchObject({
      '/go/questions': '/choosing-a-provider/questions-to-ask/',
      '/go/recovery': '/procedure/recovery/',
      '/go/risks': '/understanding/risks/',
      '/go/scorer': '/choosing-a-provider/question-scorer/',
      '/go/path': '/your-path/',
    });
    const handoutPages = publishedPages.filter((p) => p.slug.startsWith('handouts/')).map((p) => p.href);
    expect(handoutPages.length).toBeGreaterThanOrEqual(3);
    expect(shortLinks.filter((l) => l.handout).map((l) => l.to).sort()).toEqual(handoutPages.sort());
  });
});

describe('moved pages', () => {
  it.each(Object.entries(movedPages))('%s stays listed and redirects to a listed page', (from, to) => {
    expect(from, 'old paths are written without the trailing slash, as Astro names redirect routes').toMatch(/^\/(?:[a-z0-9-]+\/)*[a-z0-9-]+$/);
    expect(listed.has(`${from}/`), `keep "${from}/" in permanent-urls.json`).toBe(true);
    expect(listed.has(to.replace(/#.*$/, '')), `${from} redirects to ${to}, which is not a permanent page`).toBe(true);
  });
});

describe('search phrasings', () => {
  it('name only permanent pages', () => {
    for (const path of [...Object.keys(searchTerms), ...Object.keys(searchTermsEs)]) expect(manifest.urls, `src/config/search-terms.mjs: ${path} is not a page`).toContain(path);
  });
  it('are short phrases', () => {
    for (const [path, phrases] of [...Object.entries(searchTerms), ...Object.entries(searchTermsEs)]) {
      for (const phrase of phrases) expect(phrase.length, `${path}: "${phrase}"`).toBeLessThanOrEqual(60);
    }
  });
});
