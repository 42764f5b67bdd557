/**
 * The printable handouts: each prints on exactly its number of sheets of US Letter and of A4 (one,
 * or two for the decision-aid worksheet, `sheets` in short-links.mjs), and the paper
 * carries the short link, its QR code, the review dates and a pointer to the sources, while the
 * site's menus, the "About this page" box and the long source list stay off the paper.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { shortLinks } from '../../src/config/short-links.mjs';
import { SPANISH_EDITION_PUBLISHED } from '../../src/config/languages.mjs';
import { SITE_URL } from '../../src/config/site.mjs';
import { launchBrowser, openPage } from '../../scripts/lib/browser';
import { interfaceText } from '../support/interface-text';

const baseUrl = inject('baseUrl');
const handouts = shortLinks.filter((l) => l.handout);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Pages in a PDF, counted from its page objects ("/Type /Page", not "/Type /Pages"). */
function pdfPages(pdf: Buffer): number {
  return [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page(?![A-Za-z])/g)].length;
}

describe('handouts', () => {
  it('are four, under /handouts/, and their Spanish twins under /es/handouts/ once that edition is published', () => {
    const english = ['/handouts/after-your-kyphoplasty/', '/handouts/questions-to-ask/', '/handouts/weighing-your-options/', '/handouts/your-path/'];
    expect(handouts.map((h) => h.to).sort()).toEqual([...(SPANISH_EDITION_PUBLISHED ? english.map((p) => `/es${p}`) : []), ...english]);
  });

  it('the page counter is not fooled: a long page prints on several sheets', async () => {
    const { page, close } = await openPage(browser, `${baseUrl}/for-clinics/`);
    expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBeGreaterThan(1);
    await close();
  });

  describe.each(handouts.map((h) => [h.to, h] as const))('%s', (path, link) => {
    const sheets = link.sheets ?? 1;
    it.each(['Letter', 'A4'] as const)(`prints on ${sheets === 1 ? 'exactly one' : `at most ${sheets}`} %s page${sheets === 1 ? '' : 's'}`, async (format) => {
      const { page, close } = await openPage(browser, baseUrl + path);
      await page.waitForLoadState('networkidle');
      const pdf = await page.pdf({ format });
      await close();
      const pages = pdfPages(pdf);
      console.log(`${path} on ${format}: ${pages} page(s)`);
      if (sheets === 1) expect(pages, `${path} on ${format}`).toBe(1);
      else expect(pages, `${path} on ${format}`).toBeLessThanOrEqual(sheets);
    });

    it('prints its text at 12 pt or more, the footer at 10.5 pt or more, and the address of each link', async () => {
      const { page, close } = await openPage(browser, baseUrl + path);
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        // Text in a drawing is sized in the drawing's own units, and the drawing is scaled to its
        // box: what prints is the font size times that scale (the same in both directions).
        const scale = (el: Element) => (el instanceof SVGGraphicsElement ? Math.hypot(el.getScreenCTM()!.a, el.getScreenCTM()!.b) : 1);
        const points = (el: Element, pseudo?: string) => parseFloat(getComputedStyle(el, pseudo).fontSize) * scale(el) * 0.75;
        const smallest: Record<'text' | 'footer', { pt: number; sample: string }> = { text: { pt: Infinity, sample: '' }, footer: { pt: Infinity, sample: '' } };
        const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          // Citation numbers are superscripts, not text to read; hidden and screen-reader-only text does not print.
          if (!node.textContent?.trim() || parent.closest('.cite, .sr-only') || !parent.checkVisibility()) continue;
          const where = parent.closest('.handout-footer') ? 'footer' : 'text';
          const pt = points(parent);
          if (pt < smallest[where].pt) smallest[where] = { pt, sample: node.textContent.trim().slice(0, 40) };
        }
        const links = [...document.querySelectorAll('main a[href^="/"], main a[href^="http"]')].filter((a) => a.checkVisibility());
        return {
          smallest,
          links: links.map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content, pt: points(a, '::after') })),
        };
      });
      await close();
      expect(printed.smallest.text.pt, `smallest text: "${printed.smallest.text.sample}"`).toBeGreaterThanOrEqual(12);
      expect(printed.smallest.footer.pt, `smallest footer text: "${printed.smallest.footer.sample}"`).toBeGreaterThanOrEqual(10.5);
      for (const link of printed.links) {
        expect(link.after, `${link.href} prints its full address`).toContain(new URL(link.href, SITE_URL).href.replace(/\/$/, ''));
        expect(link.pt, `${link.href}: its address`).toBeGreaterThanOrEqual(12);
      }
    });

    it('carries the short link, its QR code, the review dates and where the sources are', async () => {
      const { page, close } = await openPage(browser, baseUrl + path);
      await page.emulateMedia({ media: 'print' });
      const footer = page.locator('.handout-footer');
      expect(await footer.isVisible()).toBe(true);
      const shortUrl = new URL(`/go/${link.name}/`, SITE_URL).href;
      expect(await footer.locator('.handout-short-link').innerText()).toBe(shortUrl.replace(/^https?:\/\//, ''));
      const qr = footer.locator('img.handout-qr');
      expect(await qr.isVisible()).toBe(true);
      expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      expect(await qr.getAttribute('alt')).toContain(shortUrl.replace(/^https?:\/\//, ''));
      // In the handout's language: "Last reviewed 26 November 2026." or "Última revisión: 26 de noviembre de 2026."
      const t = interfaceText(path);
      const text = await footer.innerText();
      const [reviewed, due] = await page.locator('.trust-footer time').allInnerTexts();
      expect(text).toContain(`${t['kg.handout.lastReviewed']} ${reviewed}.`);
      expect(text).toContain(`${t['kg.handout.nextReview']} ${due}.`);
      expect(text).toContain(`${t['kg.handout.sourcesSee']} ${new URL(path, SITE_URL).href}#sources-heading`);
      expect(await page.locator('#sources-heading').count(), 'the sources line points at the online source list').toBe(1);
      expect(text).toContain(t['kg.emergency']);
      await close();
    });

    it('leaves the menus, the "About this page" box and the long source list off the paper', async () => {
      const { page, close } = await openPage(browser, baseUrl + path);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['header.header', '#starlight__sidebar', '.trust-footer', '.references', '.term-popover', '.pagination-links']) {
        expect(await page.locator(selector).first().isVisible().catch(() => false), selector).toBe(false);
      }
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('.trust-footer').isVisible(), 'on screen the page keeps its trust footer').toBe(true);
      expect(await page.locator('.references').isVisible(), 'on screen the page keeps its source list').toBe(true);
      await close();
    });

    it('reads fully with JavaScript off, QR code included', async () => {
      const { page, close } = await openPage(browser, baseUrl + path, { javaScriptEnabled: false });
      expect(await page.locator('main h1').innerText()).not.toBe('');
      expect(await page.locator('.handout-footer img.handout-qr').evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true);
      await close();
    });
  });
});
