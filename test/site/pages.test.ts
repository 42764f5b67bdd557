/**
 * Every page in the sitemap, as a reader gets it: it loads with no console error, no failed
 * request and nothing fetched from another site; and with JavaScript off it still reads in full.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { launchBrowser, openPage, sitemapPaths } from '../support/browser';

const baseUrl = inject('baseUrl');
const paths = sitemapPaths();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('every page in the sitemap', () => {
  it('lists the pages we publish', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/about/editorial-policy/');
  });

  it('are all English pages at the root: lang="en" and no /en/ prefix', () => {
    for (const path of paths) {
      expect(path.startsWith('/en/'), path).toBe(false);
      expect(readFileSync(`dist${path}index.html`, 'utf8'), path).toMatch(/^<!DOCTYPE html><html lang="en"/);
    }
  });

  it('ship no code-highlighting assets (the site has no code)', () => {
    expect(readdirSync('dist/_astro').filter((f) => /^ec\./.test(f))).toEqual([]);
  });

  it.each(paths)('%s loads cleanly', async (path) => {
    const { page, problems, close } = await openPage(browser, baseUrl + path);
    await page.waitForLoadState('networkidle');
    await close();
    expect(problems.consoleErrors, 'console errors').toEqual([]);
    expect(problems.failedRequests, 'failed requests').toEqual([]);
    expect(problems.offsiteRequests, 'requests to other sites').toEqual([]);
  });

  it.each(paths)('%s reads fully with JavaScript off', async (path) => {
    const { page, close } = await openPage(browser, baseUrl + path, { javaScriptEnabled: false });
    const main = page.locator('main');
    await expect.poll(() => main.locator('h1').first().isVisible()).toBe(true);
    expect(await main.locator('.key-points li').count(), 'key points').toBeGreaterThanOrEqual(3);
    expect(await main.locator('.trust-footer').isVisible(), 'trust footer').toBe(true);
    expect(await main.locator('.trust-footer').innerText()).toMatch(/Last reviewed[\s\S]*Next review due[\s\S]*Evidence checked by/);
    const words = (await main.innerText()).split(/\s+/).length;
    expect(words, 'readable text in <main>').toBeGreaterThan(60);
    await close();
  });
});

describe('a missing page', () => {
  it('answers 404 with a helpful page that works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.locator('main a[href="/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});
