/**
 * Debian's Chromium driven by playwright-core. Nothing here downloads a browser: set CHROME_PATH
 * to use another Chromium. The flags keep it quiet on a machine with no outside network.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: CHROME_ARGS });
}

/** Every page the sitemap lists, as paths ("/", "/procedure/recovery/"). */
export function sitemapPaths(): string[] {
  const index = readFileSync('dist/sitemap-index.xml', 'utf8');
  const files = [...index.matchAll(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/g)].map((m) => m[1]!);
  return files.flatMap((file) =>
    [...readFileSync(`dist/${file}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
}

/** An address that does not exist, to check the 404 page as readers get it. */
export const MISSING_PATH = '/this-page-does-not-exist/';

/** Every page a reader can land on: the sitemap's pages and the 404 page. */
export function pagePaths(): string[] {
  return [...sitemapPaths(), MISSING_PATH];
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  offsiteRequests: string[];
}

/**
 * Opens a page in a fresh context and records what a reader would suffer from: console errors,
 * failed or 4xx/5xx requests, and any request that leaves the site's own origin.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: PageProblems; close: () => Promise<void> }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], offsiteRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.consoleErrors.push(err.message));
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) problems.offsiteRequests.push(req.url());
  });
  page.on('requestfailed', (req) => problems.failedRequests.push(`${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.failedRequests.push(`${res.url()} (${res.status()})`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems, close: () => context.close() };
}
