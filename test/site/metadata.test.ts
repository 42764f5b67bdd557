/**
 * What search engines and link previews read, on every page in the sitemap: canonical URL, a
 * unique description, Open Graph and Twitter cards with the site image, and JSON-LD that says the
 * same as the visible page (title, description, review date, sources, reviewer). Plus robots.txt,
 * the sitemap itself and the share image.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SITE_IMAGE, SITE_URL } from '../../src/config/site.mjs';
import { isProcedurePage } from '../../src/lib/structured-data';
import { launchBrowser, sitemapPaths } from '../support/browser';
import { builtHtml, builtHtmlFiles } from '../support/dist';

const baseUrl = inject('baseUrl');
const origin = SITE_URL.replace(/\/$/, '');
const paths = sitemapPaths();
let browser: Browser;

interface Facts {
  canonical: string[];
  description: string | null;
  title: string;
  meta: Record<string, string | null>;
  jsonLd: string[];
  reviewed: string | null;
  clinicalReview: string;
  sourceUrls: string[];
}

/** Reads, with JavaScript off, what a crawler reads. */
async function readPage(page: Page, path: string): Promise<Facts> {
  const response = await page.goto(baseUrl + path);
  expect(response?.status(), path).toBe(200);
  return page.evaluate(() => {
    const meta = (selector: string) => document.querySelector(`meta[${selector}]`)?.getAttribute('content') ?? null;
    return {
      canonical: [...document.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href') ?? ''),
      description: meta('name="description"'),
      title: document.querySelector('main h1')?.textContent?.trim() ?? '',
      meta: Object.fromEntries(
        ['og:title', 'og:description', 'og:url', 'og:type', 'og:image', 'og:image:alt', 'og:image:width', 'og:image:height'].map((p) => [p, meta(`property="${p}"`)])
          .concat(['twitter:card', 'twitter:image', 'twitter:image:alt'].map((n) => [n, meta(`name="${n}"`)])),
      ),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
      reviewed: document.querySelector('.trust-footer dt + dd time')?.getAttribute('datetime') ?? null,
      clinicalReview: [...document.querySelectorAll('.trust-footer dt')].find((dt) => dt.textContent === 'Clinical review')?.nextElementSibling?.textContent?.trim() ?? '',
      sourceUrls: [...document.querySelectorAll('.references li a.source-url')].map((a) => a.getAttribute('href') ?? ''),
    };
  });
}

const facts = new Map<string, Facts>();

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of paths) facts.set(path, await readPage(page, path));
  await context.close();
});
afterAll(async () => browser?.close());

type Node = Record<string, unknown> & { '@type': string };

describe.each(paths)('%s', (path) => {
  const url = `${origin}${path}`;

  it('has one canonical link, to its own address on SITE_URL', () => {
    expect(facts.get(path)!.canonical).toEqual([url]);
  });

  it('has a description of 50–160 characters, shared with Open Graph', () => {
    const { description, meta } = facts.get(path)!;
    expect(description?.length ?? 0).toBeGreaterThanOrEqual(50);
    expect(description!.length).toBeLessThanOrEqual(160);
    expect(meta['og:description']).toBe(description);
  });

  it('has Open Graph and Twitter card tags with the site image and its alt text', () => {
    const { meta, title } = facts.get(path)!;
    const image = new URL(SITE_IMAGE.path, SITE_URL).href;
    expect(meta).toMatchObject({
      'og:title': title,
      'og:url': url,
      'og:image': image,
      'og:image:alt': SITE_IMAGE.alt,
      'og:image:width': String(SITE_IMAGE.width),
      'og:image:height': String(SITE_IMAGE.height),
      'twitter:card': 'summary_large_image',
      'twitter:image': image,
      'twitter:image:alt': SITE_IMAGE.alt,
    });
    expect(SITE_IMAGE.alt.length).toBeGreaterThan(30);
  });

  it('has JSON-LD: a MedicalWebPage that matches the visible page', () => {
    const f = facts.get(path)!;
    expect(f.jsonLd, 'one JSON-LD block').toHaveLength(1);
    const graph = JSON.parse(f.jsonLd[0]!) as { '@context': string; '@graph': Node[] };
    expect(graph['@context']).toBe('https://schema.org');
    const pages = graph['@graph'].filter((n) => n['@type'] === 'MedicalWebPage');
    expect(pages).toHaveLength(1);
    const webPage = pages[0]!;
    expect(webPage).toMatchObject({ url, name: f.title, description: f.description, lastReviewed: f.reviewed, inLanguage: 'en' });
    expect(webPage.audience).toMatchObject({ '@type': 'Patient' });
    expect(webPage.publisher).toMatchObject({ '@type': 'Organization', name: 'Kyphoplasty Guide' });
    expect((webPage.about as Node[]).length).toBeGreaterThan(0);
    for (const topic of webPage.about as Node[]) expect(topic['@type'] ?? topic['@id']).toBeTruthy();
    // The citations are the page's numbered source list, in order.
    expect(((webPage.citation as Node[] | undefined) ?? []).map((c) => c.url)).toEqual(f.sourceUrls);
  });

  it('names a reviewer in JSON-LD exactly when the "About this page" box does', () => {
    const f = facts.get(path)!;
    const webPage = (JSON.parse(f.jsonLd[0]!)['@graph'] as Node[]).find((n) => n['@type'] === 'MedicalWebPage')!;
    if (f.clinicalReview === 'Not yet reviewed by a clinician') {
      expect(webPage.reviewedBy).toBeUndefined();
    } else {
      expect(f.clinicalReview).toContain((webPage.reviewedBy as Node).name as string);
    }
  });

  it(isProcedurePage(path) ? 'describes the procedure as a MedicalProcedure' : 'adds no MedicalProcedure node', () => {
    const graph = JSON.parse(facts.get(path)!.jsonLd[0]!)['@graph'] as Node[];
    const procedures = graph.filter((n) => n['@type'] === 'MedicalProcedure');
    if (isProcedurePage(path)) {
      expect(procedures).toHaveLength(1);
      expect(procedures[0]).toMatchObject({ name: 'Kyphoplasty', procedureType: 'https://schema.org/PercutaneousProcedure' });
      expect(graph.find((n) => n['@type'] === 'MedicalWebPage')!.mainEntity).toEqual({ '@id': procedures[0]!['@id'] });
    } else {
      expect(procedures).toHaveLength(0);
    }
  });
});

describe('across the site', () => {
  it('every page has its own description', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [path, f] of facts) {
      const other = seen.get(f.description ?? '');
      if (other) duplicates.push(`${path} and ${other}: "${f.description}"`);
      seen.set(f.description ?? '', path);
    }
    expect(duplicates).toEqual([]);
  });

  it('the sitemap lists every page the build wrote, and only pages on SITE_URL', () => {
    const built = builtHtmlFiles()
      .filter((file) => basename(file) === 'index.html')
      .map((file) => `/${file.slice('dist/'.length, -'index.html'.length)}`)
      // Redirect pages (short links, moved pages) are not pages of their own.
      .filter((path) => !/<meta http-equiv="refresh"/i.test(builtHtml(path)));
    expect([...built].sort()).toEqual([...paths].sort());
    const locs = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    for (const loc of locs) expect(loc.startsWith(`${origin}/`), loc).toBe(true);
  });

  it('robots.txt allows crawling and points at the sitemap on SITE_URL', () => {
    const robots = readFileSync('dist/robots.txt', 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    expect(readFileSync('dist/sitemap-index.xml', 'utf8')).toContain(`${origin}/sitemap-0.xml`);
  });

  it('the share image is a 1200 × 630 PNG', () => {
    const png = readFileSync(`dist${SITE_IMAGE.path}`);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SITE_IMAGE.width, SITE_IMAGE.height]);
  });
});
