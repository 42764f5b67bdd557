/**
 * Debian's Chromium driven by playwright-core. Nothing here downloads a browser: set CHROME_PATH
 * to use another Chromium. The flags keep it quiet on a machine with no outside network.
 */
import { CHROME } from './prerequisites.ts';
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
  return chromium.launch({ executablePath: CHROME(), headless: true, args: CHROME_ARGS });
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
