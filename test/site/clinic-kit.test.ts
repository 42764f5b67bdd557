/**
 * /for-clinics/ and /changelog/ are generated from configuration and page metadata, so they can
 * never drift from the real addresses, handouts and dates.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { permanentUrls } from '../../src/config/permanent-urls.mjs';
import { shortLinks } from '../../src/config/short-links.mjs';
import { SITE_URL } from '../../src/config/site.mjs';
import { PUBLISHED_LANGUAGES } from '../../src/config/languages.mjs';
import { localPath } from '../../src/lib/page-language';
import { launchBrowser, openPage } from '../../scripts/lib/browser';
import { interfaceText, languageOf } from '../support/interface-text';
import { sitemapPaths } from '../../scripts/lib/pages';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** How each language writes "Last reviewed" and a date on the handout list. */
const REVIEWED: Record<string, RegExp> = { en: /Last reviewed \w+ \d{1,2}, \d{4}/, es: /Revisada el \d{1,2} de \w+ de \d{4}/ };

describe.each(PUBLISHED_LANGUAGES)('/for-clinics/ (%s)', (lang) => {
  const path = localPath('/for-clinics/', lang);
  const text = interfaceText(path);

  it('lists every permanent address and every short link, with what it opens, in the reader\'s language', async () => {
    const { page, close } = await openPage(browser, `${baseUrl}${path}`, { javaScriptEnabled: false });
    const linkTexts = await page.locator('main a').allInnerTexts();
    for (const url of permanentUrls) expect(linkTexts, url).toContain(new URL(url, SITE_URL).href);
    for (const link of shortLinks) {
      // Handouts and web pages are listed apart, each under a caption that says which it opens.
      const table = page.locator(`table.short-links[data-opens="${link.handout ? 'handout' : 'page'}"]`);
      expect(await table.locator('caption').innerText()).toBe(text[link.handout ? 'kg.clinic.handoutLinks' : 'kg.clinic.pageLinks']);
      const row = table.locator('tr', { has: page.locator(`a[href="/go/${link.name}/"]`) });
      expect(await row.count(), `${link.name} is in the ${link.handout ? 'handout' : 'web page'} list`).toBe(1);
      const rowText = await row.innerText();
      expect(rowText).toContain(new URL(`/go/${link.name}/`, SITE_URL).href);
      expect(rowText).toContain(link.to);
      expect(rowText).toContain(text[link.handout ? 'kg.clinic.handoutKind' : 'kg.clinic.pageKind']);
      // What it opens is named in that page's language, marked as such where it is not the reader's.
      expect(await row.locator(`[lang="${languageOf(link.to) === 'es' ? 'es' : 'en'}"]`).count(), `${link.name}: title marked with its language`).toBe(languageOf(link.to) === lang ? 0 : 2);
      expect(await page.locator(`table.short-links a[href="/qr/${link.name}.svg"]`).count(), `QR code link for ${link.name}`).toBe(1);
    }
    await close();
  });

  it('shows each handout with its QR code, short link and review date', async () => {
    const { page, close } = await openPage(browser, `${baseUrl}${path}`);
    for (const link of shortLinks.filter((l) => l.handout)) {
      const item = page.locator('.handout-list li', { has: page.locator(`a[href="${link.to}"]`) });
      expect(await item.count(), link.to).toBe(1);
      expect(await item.locator(`img[src="/qr/${link.name}.svg"]`).evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true);
      expect(await item.innerText()).toMatch(new RegExp(`${new URL(`/go/${link.name}/`, SITE_URL).href.replace(/[./]/g, '\\$&')}[\\s\\S]*${REVIEWED[lang]!.source}`));
    }
    await close();
  });
});

describe('/for-clinics/', () => {
  it('explains deploying a copy and recording a clinical reviewer', async () => {
    const { page, close } = await openPage(browser, `${baseUrl}/for-clinics/`);
    const text = await page.locator('main').innerText();
    for (const words of ['SITE_URL', 'npm run build', 'dist', 'nginx', 'src/config/clinic.mjs', 'clinicalReviewer', 'reviewedOn']) expect(text).toContain(words);
    await close();
  });
});

describe('/changelog/', () => {
  // Each language's changelog lists the pages in that language.
  it.each(PUBLISHED_LANGUAGES)('(%s) lists days newest first, each with dated entries for real pages', async (lang) => {
    const { page, close } = await openPage(browser, `${baseUrl}${localPath('/changelog/', lang)}`, { javaScriptEnabled: false });
    const days = await page.locator('.changelog h2 time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(days.length).toBeGreaterThan(0);
    expect([...days].sort().reverse()).toEqual(days);
    expect(new Set(days).size).toBe(days.length);
    const hrefs = await page.locator('.changelog li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const pages = sitemapPaths().filter((p) => languageOf(p) === lang);
    for (const href of hrefs) expect(pages, href).toContain(href);
    // Every published page has at least one entry: its first publication or its last review.
    for (const path of pages) expect(hrefs, path).toContain(path);
    await close();
  });
});
