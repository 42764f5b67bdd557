/**
 * What search engines read across the site, from the files the build wrote: every page has its own
 * description, the sitemap lists exactly the pages built, robots.txt points at it, and the share
 * image is the size the tags say. Each page's own tags and JSON-LD, as a crawler reads them, are
 * checked by test/site/every-page.test.ts.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_IMAGES, SITE_URL } from '../../src/config/site.mjs';
import { sitemapPaths } from '../../scripts/lib/pages';
import { builtHtml, builtHtmlFiles } from '../support/dist';

const origin = SITE_URL.replace(/\/$/, '');
const paths = sitemapPaths();

describe('across the site', () => {
  it('every page has its own description', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const path of paths) {
      const description = /<meta name="description" content="([^"]*)"/.exec(builtHtml(path))?.[1] ?? '';
      const other = seen.get(description);
      if (other) duplicates.push(`${path} and ${other}: "${description}"`);
      seen.set(description, path);
    }
    expect(duplicates).toEqual([]);
  });

  it('the sitemap lists every page the build wrote, and only pages on SITE_URL', () => {
    const built = builtHtmlFiles()
      .filter((file) => basename(file) === 'index.html')
      .map((file) => `/${file.slice('dist/'.length, -'index.html'.length)}`)
      // Redirect pages (short links, moved pages) are not pages of their own, and a page that asks
      // search engines not to index it (the Spanish not-found page) has no place in a sitemap.
      .filter((path) => !/<meta http-equiv="refresh"/i.test(builtHtml(path)) && !/<meta name="robots" content="noindex"/.test(builtHtml(path)));
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

  it.each(Object.entries(SITE_IMAGES))('the share image (%s) is a 1200 × 630 PNG', (_lang, image) => {
    const png = readFileSync(`dist${image.path}`);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([image.width, image.height]);
  });
});
