/**
 * Every QR code decodes to the full short link it stands for (SITE_URL + /go/<name>/), and the
 * codes printed on handouts and on /for-clinics/ decode to the address printed next to them.
 * Each code is drawn onto a canvas in Chromium at a realistic scale and read back with jsQR.
 */
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { shortLinks } from '../../src/config/short-links.mjs';
import { SITE_URL } from '../../src/config/site.mjs';
import { launchBrowser, openPage } from '../../scripts/lib/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

/** One ordinary page of the site, shared by the tests that only need somewhere to draw a code. */
let drawingPage: Promise<Page> | undefined;
const pageToDrawIn = () => (drawingPage ??= openPage(browser, `${baseUrl}/`).then(({ page }) => page));

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/**
 * Draws each image at `size` px square (as a phone camera would see a printed code) in the page,
 * then decodes the pixels here in Node: the site's CSP rightly refuses an injected decoder script.
 */
async function decode(page: Page, sources: string[], size = 300): Promise<(string | null)[]> {
  const images = await page.evaluate(
    async ({ sources, size }) => {
      const read = async (src: string) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = size;
        const ctx = canvas.getContext('2d')!;
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, size, size);
        ctx.drawImage(img, 0, 0, size, size);
        // As base64 text: a plain array of 640,000 numbers is slow to hand from the page to Node.
        const bytes = ctx.getImageData(0, 0, size, size).data;
        let text = '';
        for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(text);
      };
      return Promise.all(sources.map(read));
    },
    { sources, size },
  );
  return images.map((pixels) => jsQR(new Uint8ClampedArray(Buffer.from(pixels, 'base64')), size, size)?.data ?? null);
}

describe('QR codes', () => {
  it.each(shortLinks.map((l) => [l.name, l] as const))('/qr/%s.svg decodes to its short link', async (name) => {
    // Decoded inside an ordinary page of the site: an SVG document has no <head> for the decoder.
    const page = await pageToDrawIn();
    const expected = new URL(`/go/${name}/`, SITE_URL).href;
    // Small (about 2.5 cm on paper at 96 dpi) and large renderings must both read.
    expect(await decode(page, [`${baseUrl}/qr/${name}.svg`], 120)).toEqual([expected]);
    expect(await decode(page, [`${baseUrl}/qr/${name}.svg`], 400)).toEqual([expected]);
  });

  it.each(shortLinks.filter((l) => l.handout).map((l) => [l.to, l] as const))('the code printed on %s reads as the address printed beside it', async (path, link) => {
    const { page, close } = await openPage(browser, baseUrl + path);
    const src = await page.locator('.handout-footer img.handout-qr').getAttribute('src');
    const printed = (await page.locator('.handout-footer .handout-short-link').innerText()).trim();
    const [decoded] = await decode(page, [new URL(src!, baseUrl).href]);
    expect(decoded).toBe(new URL(`/go/${link.name}/`, SITE_URL).href);
    // The sheet prints the address without "https://", which browsers add by themselves.
    expect(decoded!.replace(/^https?:\/\//, '')).toBe(printed);
    await close();
  });

  it('every code on /for-clinics/ reads as a short link the page lists', async () => {
    const { page, close } = await openPage(browser, `${baseUrl}/for-clinics/`);
    const sources = await page.locator('main img.handout-qr').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src));
    expect(sources.length).toBe(shortLinks.filter((l) => l.handout).length);
    const text = await page.locator('main').innerText();
    for (const decoded of await decode(page, sources)) {
      expect(decoded).toMatch(/\/go\/[a-z0-9-]+\/$/);
      expect(text).toContain(decoded!);
    }
    await close();
  });
});
