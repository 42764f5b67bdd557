/** Search opens from the keyboard on any page and finds the page that has the word. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

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
