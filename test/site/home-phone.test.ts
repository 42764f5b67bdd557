/**
 * The home page on a phone: the menu is one tap away (the splash layout had no menu button), with
 * JavaScript on and off, and the browser tab names the site once, not "Kyphoplasty Guide |
 * Kyphoplasty Guide".
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../../scripts/lib/browser';

const baseUrl = inject('baseUrl');
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('the home page on a phone', () => {
  it.each([true, false])('opens the menu from a button at the top (JavaScript on: %s)', async (javaScriptEnabled) => {
    const { page, close } = await openPage(browser, `${baseUrl}/`, { ...PHONE, javaScriptEnabled });
    const button = page.getByRole('button', { name: 'Menu' });
    expect(await button.isVisible()).toBe(true);
    const box = (await button.boundingBox())!;
    expect(box.y + box.height, 'on the first screen').toBeLessThan(844);
    const menuLink = page.locator('#starlight__sidebar a[href="/understanding/what-is-kyphoplasty/"]');
    expect(await menuLink.isVisible()).toBe(false);
    await button.click();
    await expect.poll(() => menuLink.isVisible()).toBe(true);
    await menuLink.click();
    await page.waitForURL((u) => u.pathname === '/understanding/what-is-kyphoplasty/');
    await close();
  });

  it('has a tab title that names the site once and says what it is', async () => {
    const { page, close } = await openPage(browser, `${baseUrl}/`, PHONE);
    const title = await page.title();
    await close();
    expect(title.match(/Kyphoplasty Guide/g)).toHaveLength(1);
    expect(title.length).toBeGreaterThan('Kyphoplasty Guide'.length + 10);
    expect(title.length).toBeLessThanOrEqual(60);
  });
});
