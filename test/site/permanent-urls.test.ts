/**
 * Printed addresses keep working. Every address in src/config/permanent-urls.json must open a
 * page, or, for short links and moved pages, send the reader on to one, with JavaScript off (nginx
 * answers with a 301; the static redirect page for other hosts is a meta refresh plus a link). Every page in the sitemap must be in the
 * manifest, so a new page cannot be published without becoming permanent.
 *
 * On a branch that lacks some pages (the knowledge base is written elsewhere), the addresses of
 * those pages fail here until the content is merged: that is intended.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import manifest from '../../src/config/permanent-urls.json';
import { redirects as redirectConfig } from '../../src/config/redirects.mjs';
import { launchBrowser } from '../../scripts/lib/browser';
import { sitemapPaths } from '../../scripts/lib/pages';
import { builtHtml } from '../support/dist';

const baseUrl = inject('baseUrl');
const urls: string[] = manifest.urls;
/** Redirect sources as printed (with the trailing slash) → where they lead. */
const redirects = new Map(Object.entries(redirectConfig).map(([from, to]) => [`${from}/`, to]));
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => browser?.close());

describe('permanent addresses', () => {
  it.each(urls)('%s still works, with JavaScript off', async (path) => {
    const page = await context.newPage();
    const response = await page.goto(baseUrl + path);
    const target = redirects.get(path);
    if (!target) {
      expect(
        response?.status(),
        `${path} no longer opens a page. Never remove a printed address: if the page moved, add "${path.replace(/\/$/, '')}": "<new path>" to src/config/redirects.mjs`,
      ).toBe(200);
      expect(await page.locator('meta[http-equiv="refresh"]').count(), `${path} is a redirect page, but no redirect is configured for it`).toBe(0);
      expect(await page.title()).not.toMatch(/^Page not found/);
    } else {
      const [targetPath, hash] = target.split('#') as [string, string | undefined];
      // The redirect page is a plain HTML page; the browser follows its meta refresh by itself.
      await page.waitForURL((u) => u.pathname === targetPath, { timeout: 10_000 });
      const landed = await page.waitForLoadState('load').then(() => page.evaluate(() => ({ h1: document.querySelector('main h1')?.textContent ?? '', hash: location.hash })));
      expect(landed.h1, `${path} → ${target} lands on a page`).not.toBe('');
      expect(landed.h1).not.toMatch(/Page not found/);
      if (hash) {
        expect(landed.hash).toBe(`#${hash}`);
        expect(await page.locator(`[id="${hash}"]`).count(), `${target}: the page has no #${hash}`).toBe(1);
      }
      // Our nginx answers with a real 301. Hosts without server redirects serve the static redirect
      // page instead, and a reader whose browser ignores its meta refresh still gets a link.
      const html = builtHtml(path);
      expect(html).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
      expect(html).toContain(`<a href="${target}"`);
    }
    await page.close();
  });
});

describe('the manifest', () => {
  it('lists every page in the sitemap', () => {
    const missing = sitemapPaths().filter((p) => !urls.includes(p));
    expect(missing, `add these to src/config/permanent-urls.json: ${missing.join(', ')}`).toEqual([]);
  });

  it('lists every short link and moved page', () => {
    const missing = [...redirects.keys()].filter((p) => !urls.includes(p));
    expect(missing).toEqual([]);
  });
});
