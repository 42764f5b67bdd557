/**
 * With JavaScript off, a page still follows the reader's light or dark system setting, shows no
 * control that cannot work (the theme menu), and the search button is a link to the list of every
 * page, which really lists every page. (every-page.test.ts reads each page with JavaScript off;
 * this file checks the parts that replace script.)
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ALL_PAGES_PATH } from '../../src/config/tools.mjs';
import { PUBLISHED_LANGUAGES } from '../../src/config/languages.mjs';
import { localPath } from '../../src/lib/page-language';
import { launchBrowser, openPage } from '../../scripts/lib/browser';
import { languageOf } from '../support/interface-text';
import { sitemapPaths } from '../../scripts/lib/pages';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Relative luminance (0 black to 1 white) of the page background, and the page's color-scheme. */
function pageColours(page: Page) {
  return page.evaluate(() => {
    const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    const ch = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return {
      background: 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!),
      text: getComputedStyle(document.querySelector('main p')!).color,
      colorScheme: getComputedStyle(document.documentElement).colorScheme,
    };
  });
}

describe('without JavaScript', () => {
  describe.each(['/', '/procedure/recovery/', '/handouts/after-your-kyphoplasty/'])('%s', (path) => {
    it('follows the system setting: light when the reader prefers light, dark when dark', async () => {
      const seen: Record<string, Awaited<ReturnType<typeof pageColours>>> = {};
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, close } = await openPage(browser, baseUrl + path, { javaScriptEnabled: false, colorScheme });
        seen[colorScheme] = await pageColours(page);
        await close();
      }
      expect(seen.light!.background, 'light: a light page background').toBeGreaterThan(0.8);
      expect(seen.light!.colorScheme).toBe('light');
      expect(seen.dark!.background, 'dark: a dark page background').toBeLessThan(0.05);
      expect(seen.dark!.colorScheme).toBe('dark');
      expect(seen.light!.text).not.toBe(seen.dark!.text);
    });

    it('looks the same as with JavaScript on, in each theme', async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const without = await openPage(browser, baseUrl + path, { javaScriptEnabled: false, colorScheme });
        const withScript = await openPage(browser, baseUrl + path, { colorScheme });
        expect(await pageColours(without.page), colorScheme).toEqual(await pageColours(withScript.page));
        await without.close();
        await withScript.close();
      }
    });
  });

  it('hides the theme menu, which could not work, and shows it with JavaScript on', async () => {
    const options = { viewport: { width: 1280, height: 900 } };
    const off = await openPage(browser, `${baseUrl}/faq/`, { ...options, javaScriptEnabled: false });
    expect(await off.page.locator('starlight-theme-select').first().isVisible()).toBe(false);
    await off.close();
    const on = await openPage(browser, `${baseUrl}/faq/`, options);
    expect(await on.page.locator('starlight-theme-select').first().isVisible()).toBe(true);
    await on.close();
  });

  describe.each([
    ['desktop', { viewport: { width: 1280, height: 900 } }],
    ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ] as const)('search on a %s', (_name, options) => {
    it('is a link to the list of every page, not a dead button', async () => {
      const { page, close } = await openPage(browser, `${baseUrl}/procedure/recovery/`, { ...options, javaScriptEnabled: false });
      expect(await page.locator('button[data-open-modal]').isVisible(), 'the disabled search button is hidden').toBe(false);
      const link = page.locator('header a.search-without-script');
      expect(await link.isVisible()).toBe(true);
      expect(await link.getAttribute('href')).toBe(ALL_PAGES_PATH);
      expect(await link.evaluate((a) => (a as HTMLElement).innerText.trim() || a.textContent?.trim())).toBe('Find a page');
      const box = (await link.boundingBox())!;
      expect(Math.min(box.width, box.height), 'a 44 px tap target').toBeGreaterThanOrEqual(43.5);
      await link.click();
      await page.waitForURL((u) => u.pathname === ALL_PAGES_PATH);
      expect(await page.locator('main h1').innerText()).toBe('All pages');
      await close();
    });

    it('with JavaScript on, is the search button and no link', async () => {
      const { page, close } = await openPage(browser, `${baseUrl}/procedure/recovery/`, options);
      // Waits for the search script to have run (the button is disabled until it does), however busy the machine.
      await page.locator('button[data-open-modal]:enabled').waitFor();
      expect(await page.locator('button[data-open-modal]').isVisible()).toBe(true);
      expect(await page.locator('a.search-without-script').count()).toBe(0);
      await close();
    });
  });

  // Each language's list holds that language's pages: /all-pages/ the English, /es/all-pages/ the Spanish.
  it.each(PUBLISHED_LANGUAGES)('the list of every page (%s) links to every page in the sitemap in its language, each once', async (lang) => {
    const { page, close } = await openPage(browser, baseUrl + localPath(ALL_PAGES_PATH, lang), { javaScriptEnabled: false });
    const hrefs = await page.locator('main .all-pages a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    await close();
    expect(hrefs.toSorted()).toEqual(sitemapPaths().filter((p) => languageOf(p) === lang).toSorted());
  });
});
