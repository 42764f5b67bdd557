/**
 * Draws the pictures shown when a page is shared (1200 × 630, the size Open Graph and Twitter
 * cards expect): public/og-image.png from og-image.svg, and its Spanish twin public/og-image-es.png
 * from og-image-es.svg, in Debian's Chromium. Run with `npm run og-image` after editing an SVG,
 * and commit both: the build itself never needs a browser.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../lib/browser.ts';

const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
for (const [from, to] of [['og-image.svg', 'og-image.png'], ['og-image-es.svg', 'og-image-es.png']]) {
  const svg = readFileSync(fileURLToPath(new URL(`./${from}`, import.meta.url)), 'utf8');
  const out = fileURLToPath(new URL(`../../public/${to}`, import.meta.url));
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  writeFileSync(out, await page.screenshot({ clip: { x: 0, y: 0, width: 1200, height: 630 }, type: 'png' }));
  console.log(`wrote ${out}`);
}
await browser.close();
