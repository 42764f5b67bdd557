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
    // 12 pt text, and a footer a reader can still read.
    expect(await page.locator('main .sl-markdown-content > p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize) * 0.75)).toBeGreaterThanOrEqual(12);
    expect(await footer.evaluate((p) => parseFloat(getComputedStyle(p).fontSize) * 0.75)).toBeGreaterThanOrEqual(10.5);
    // Links in the "About this page" box print their address too.
    const trustLink = await page.locator('.trust-footer a[href="/about/disclaimer/"]').evaluate((a) => getComputedStyle(a, '::after').content);
    expect(trustLink).toMatch(/https?:\/\/\S+\/about\/disclaimer\//);
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
    await close();
  });

  it('prints no address where the link already shows it, nor for links within the page', async () => {
    const { page, close } = await openPage(browser, `${baseUrl}/for-clinics/`, { viewport: { width: 1280, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    const after = (selector: string) => page.locator(selector).first().evaluate((a) => getComputedStyle(a, '::after').content);
    // The short link's text is its address: printing it again would only add noise.
    expect(await after('table.short-links a[href^="/go/"]')).toBe('none');
    expect(await after('.permanent-urls a')).toBe('none');
    expect(await after('main .sl-markdown-content a[href^="#"]')).not.toMatch(/https?:/);
    // …while a link whose text is not its address still prints it.
    expect(await after('table.short-links a[href^="/qr/"]')).toMatch(/https?:\/\/\S+\/qr\/\w+\.svg/);
    await close();
  });
});
