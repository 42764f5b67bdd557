/**
 * Weighs one page as a reader's phone first loads it, before any interaction: every response
 * Chromium receives until the network has been quiet for a second, with exact sizes.
 *
 * Sizes: `raw` is the body as served; `gzip` is that body compressed with gzip level 9 (the
 * number the budgets use, independent of how a host compresses), or the raw size for files that
 * are compressed already (images, fonts, Pagefind data); `wire` is what actually crossed the
 * network from the server under test (its Content-Encoding, without headers).
 * JavaScript "executed before interaction" is every script file the page loaded plus every
 * inline script in its HTML; inline scripts are gzipped together, as they travel inside the page.
 */
import { gzipSync, constants } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { inlineScripts } from '../../src/lib/build/inline-scripts.ts';

export type ResourceType = 'html' | 'css' | 'js' | 'image' | 'font' | 'other';

export interface Resource {
  url: string;
  type: ResourceType;
  status: number;
  raw: number;
  gzip: number;
  wire: number;
  /** Chromium's own verdict (PerformanceResourceTiming.renderBlockingStatus). */
  renderBlocking: boolean;
}

export interface PageWeight {
  path: string;
  status: number;
  requests: number;
  resources: Resource[];
  /** gzip bytes per type, and in total; inline scripts are part of `html` here. */
  bytes: Record<ResourceType | 'total', number>;
  wireTotal: number;
  inlineScripts: { count: number; raw: number; gzip: number; bodies: string[] };
  /** Script files (by URL path) and their gzip bytes. */
  scriptFiles: Map<string, number>;
  /** JavaScript executed before interaction: script files plus inline scripts, gzip. */
  js: number;
  /** Stylesheets that block the first paint, gzip. */
  renderBlockingCss: number;
}

export const gzipSize = (body: Buffer | string) => gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length;

/** Inline scripts travel inside their page, so they are gzipped together, not one by one. */
export const inlineGzip = (bodies: string[]) => (bodies.length ? gzipSize(bodies.join('\n')) : 0);

const TYPES: Record<string, ResourceType> = { document: 'html', stylesheet: 'css', script: 'js', image: 'image', font: 'font' };
const COMPRESSIBLE = /^(?:text\/|application\/(?:javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

/** The phone the budgets are about: a small screen at twice the pixel density. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

export async function weighPage(browser: Browser, baseUrl: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const weighing = startWeighing(page);
    const main = await page.goto(baseUrl + path, { waitUntil: 'load' });
    return await weighing.finish(path, main);
  } finally {
    await context.close();
  }
}

/**
 * Weighs the first load of a page in a context the caller owns (a fresh one, so the cache is
 * empty): call before `page.goto`, then `finish` with the navigation's response once it has loaded.
 * `finish` waits until the network has been quiet and the page idle, and reads every body; the
 * page stays open for whatever the caller does next.
 */
export function startWeighing(page: Page): { finish: (path: string, main: Response | null) => Promise<PageWeight> } {
  const pending: Promise<Omit<Resource, 'renderBlocking'> | undefined>[] = [];
  const record = (response: Response) => {
    pending.push(
      (async () => {
        const request = response.request();
        const body = await response.body().catch(() => Buffer.alloc(0));
        const sizes = await request.sizes().catch(() => ({ responseBodySize: body.length }));
        const contentType = response.headers()['content-type'] ?? '';
        return {
          url: response.url(),
          type: TYPES[request.resourceType()] ?? 'other',
          status: response.status(),
          raw: body.length,
          gzip: COMPRESSIBLE.test(contentType) ? gzipSize(body) : body.length,
          wire: sizes.responseBodySize,
        };
      })(),
    );
  };
  page.on('response', record);
  const finish = async (path: string, main: Response | null): Promise<PageWeight> => {
    await page.waitForLoadState('networkidle');
    // Work scheduled for idle time (requestIdleCallback, lazy imports) would show up here.
    await page.waitForTimeout(1000);
    page.off('response', record);
    const blocking = new Set(
      await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => (e as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking')
          .map((e) => e.name),
      ),
    );
    const html = (await main?.text()) ?? '';
    // Every response's body is read while the page is open (it cannot be read after its context closes).
    const settled = await Promise.all(pending);
    return summarise(path, main?.status() ?? 0, html, settled, blocking);
  };
  return { finish };
}

function summarise(path: string, status: number, html: string, settled: (Omit<Resource, 'renderBlocking'> | undefined)[], blocking: Set<string>): PageWeight {
  const resources = settled
    .filter((r): r is Omit<Resource, 'renderBlocking'> => r !== undefined)
    .map((r) => ({ ...r, renderBlocking: blocking.has(r.url) }));
  const bytes: PageWeight['bytes'] = { html: 0, css: 0, js: 0, image: 0, font: 0, other: 0, total: 0 };
  for (const r of resources) {
    bytes[r.type] += r.gzip;
    bytes.total += r.gzip;
  }
  const bodies = inlineScripts(html);
  const inline = { count: bodies.length, raw: Buffer.byteLength(bodies.join('')), gzip: inlineGzip(bodies), bodies };
  const scriptFiles = new Map(resources.filter((r) => r.type === 'js').map((r) => [new URL(r.url).pathname, r.gzip]));
  return {
    path,
    status,
    requests: resources.length,
    resources,
    bytes,
    wireTotal: resources.reduce((n, r) => n + r.wire, 0),
    inlineScripts: inline,
    scriptFiles,
    js: bytes.js + inline.gzip,
    renderBlockingCss: resources.filter((r) => r.type === 'css' && r.renderBlocking).reduce((n, r) => n + r.gzip, 0),
  };
}
