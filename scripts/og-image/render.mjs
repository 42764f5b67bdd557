/**
 * Draws public/og-image.png (1200 × 630, the size Open Graph and Twitter cards expect) from
 * og-image.svg in Debian's Chromium. Run with `npm run og-image` after editing the SVG, and
 * commit both: the build itself never needs a browser.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../lib/browser.ts';

const svg = readFileSync(fileURLToPath(new URL('./og-image.svg', import.meta.url)), 'utf8');
const out = fileURLToPath(new URL('../../public/og-image.png', import.meta.url));

const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
writeFileSync(out, await page.screenshot({ clip: { x: 0, y: 0, width: 1200, height: 630 }, type: 'png' }));
await browser.close();
console.log(`wrote ${out}`);
