/**
 * Printed addresses keep working. Every address in src/config/permanent-urls.json must open a
 * page, or, for short links and moved pages, send the reader on to one, with JavaScript off (nginx
 * answers with a 301; the static redirect page for other hosts is a meta refresh plus a link).
 * Every page in the sitemap must be in the manifest, so a new page cannot be published without becoming permanent.
 *
 * On a branch that lacks some pages (the knowledge base is written elsewhere), the addresses of
 * those pages fail here until the content is merged: that is intended.
 */
import { describe, expect, inject, it } from 'vitest';
import { permanentUrls } from '../../src/config/permanent-urls.mjs';
import { redirects as redirectConfig } from '../../src/config/redirects.mjs';
import { sitemapPaths } from '../../scripts/lib/pages';
import { builtHtml } from '../support/dist';

const baseUrl = inject('baseUrl');
const urls = permanentUrls;
/** Redirect sources as printed (with the trailing slash) → where they lead. */
const redirects = new Map(Object.entries(redirectConfig).map(([from, to]) => [`${from}/`, to]));

interface Landing {
  status: number;
  /** Where the reader ends up: path and #fragment, as the browser's address bar shows them. */
  path: string;
  hash: string;
  html: string;
  hops: number;
}

/**
 * Opens `path` as a browser with JavaScript off does: follows the server's redirects one by one
 * (a fragment in a Location header is kept, as browsers keep it) and reads the HTML it lands on.
 * Plain HTTP rather than Chromium: nothing here depends on rendering, and a printed address is
 * checked in milliseconds.
 */
async function open(path: string): Promise<Landing> {
  let url = new URL(path, baseUrl);
  for (let hops = 0; hops < 5; hops++) {
    const response = await fetch(url, { redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, url);
      // A printed address must stay on this site; never follow one elsewhere from a test.
      if (next.origin !== url.origin) return { status: response.status, path: `${next.origin}${next.pathname}`, hash: next.hash, html: '', hops };
      if (!next.hash) next.hash = url.hash;
      url = next;
      continue;
    }
    return { status: response.status, path: url.pathname, hash: url.hash, html: await response.text(), hops };
  }
  throw new Error(`${path}: more than 5 redirects`);
}

const h1Of = (html: string) => /<main[\s\S]*?<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '').trim() ?? '';
const titleOf = (html: string) => /<title>([\s\S]*?)<\/title>/.exec(html)?.[1]?.trim() ?? '';

describe('permanent addresses', () => {
  it.concurrent.for(urls)('%s still works, with JavaScript off', async (path, { expect }) => {
    const landed = await open(path);
    const target = redirects.get(path);
    if (!target) {
      expect(
        landed.status,
        `${path} no longer opens a page. Never remove a printed address: if the page moved, add "${path.replace(/\/$/, '')}": "<new path>" to src/config/redirects.mjs`,
      ).toBe(200);
      expect(landed.hops, `${path} redirects, but no redirect is configured for it`).toBe(0);
      expect(landed.html, `${path} is a redirect page, but no redirect is configured for it`).not.toMatch(/<meta http-equiv="refresh"/);
      expect(titleOf(landed.html)).not.toMatch(/^Page not found/);
    } else {
      const [targetPath, hash] = target.split('#') as [string, string | undefined];
      expect(landed.status, `${path} → ${target}`).toBe(200);
      expect(landed.path, `${path} leads to ${target}`).toBe(targetPath);
      expect(h1Of(landed.html), `${path} → ${target} lands on a page`).not.toBe('');
      expect(h1Of(landed.html)).not.toMatch(/Page not found/);
      if (hash) {
        expect(landed.hash).toBe(`#${hash}`);
        expect(landed.html.match(new RegExp(`\\sid="${hash}"`, 'g'))?.length ?? 0, `${target}: the page has no #${hash}`).toBe(1);
      }
      // Our nginx answers with a real 301. Hosts without server redirects serve the static redirect
      // page instead, and a reader whose browser ignores its meta refresh still gets a link.
      const html = builtHtml(path);
      expect(html).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
      expect(html).toContain(`<a href="${target}"`);
    }
  });
});

describe('the manifest', () => {
  it('lists every page in the sitemap', () => {
    const missing = sitemapPaths().filter((p) => !urls.includes(p));
    expect(missing, `add these to src/config/permanent-urls.json: ${missing.join(', ')}`).toEqual([]);
  });

  it('lists every short link and moved page', () => {
    const missing = [...redirects.keys()].filter((p) => !urls.includes(p));
    expect(missing).toEqual([]);
  });
});
