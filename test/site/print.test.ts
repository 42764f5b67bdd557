/** What a printout shows: no navigation, link addresses written out, and where it came from. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../../scripts/lib/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('print', () => {
  it('hides navigation, shows link addresses, term definitions and the page address with review dates', async () => {
    const { page, close } = await openPage(browser, `${baseUrl}/about/editorial-policy/`, { viewport: { width: 1280, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#starlight__sidebar').isVisible()).toBe(false);
    expect(await page.locator('site-search').isVisible()).toBe(false);
    const linkAfter = await page
      .locator('main .sl-markdown-content p a[href="/sources/"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(linkAfter).toContain('/sources/');
    expect(linkAfter).toMatch(/https?:\/\//);
    const footer = page.locator('.print-footer');
    expect(await footer.isVisible()).toBe(true);
    expect(await footer.innerText()).toMatch(/Printed from https?:\/\/\S+\/about\/editorial-policy\/.*Last reviewed .*Next review due/s);
    // Each glossary word prints with its definition beside it.
    const definition = page.locator('main .term-popover').first();
    expect(await definition.isVisible()).toBe(true);
    expect(await definition.innerText()).toMatch(/Randomized controlled trial: .{10,}/i);
    // …and closes its bracket right after the definition, not after a gap left by the hidden link.
    expect(await definition.innerText()).not.toMatch(/\s$/);
    const anchorsShown = await page.locator('.sl-anchor-link').evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
    expect(anchorsShown).toBe(0);
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
    await close();
  });
});
