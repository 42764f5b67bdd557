/**
 * The pages as built, read from dist/ without a browser: the language they declare and the assets
 * they ship. How each page loads and reads in Chromium is test/site/every-page.test.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sitemapPaths } from '../../scripts/lib/pages';
import { SPANISH_EDITION_PUBLISHED } from '../../src/config/languages.mjs';
import { builtHtml } from '../support/dist';
import { languageOf } from '../support/interface-text';

const paths = sitemapPaths();

describe('every page in the sitemap', () => {
  it('are English pages at the root (lang="en", no /en/ prefix) and Spanish pages under /es/ (lang="es")', () => {
    for (const path of paths) {
      expect(path.startsWith('/en/'), path).toBe(false);
      expect(builtHtml(path), path).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${languageOf(path)}"`));
    }
    expect(paths.some((p) => languageOf(p) === 'es'), 'Spanish pages are built once the edition is published').toBe(SPANISH_EDITION_PUBLISHED);
  });

  it('show no text escaped twice (an interface string with a placeholder would read "&#x2F;" for "/")', () => {
    for (const path of paths) expect(builtHtml(path).match(/&amp;#?\w+;/g) ?? [], path).toEqual([]);
  });

  it('ship no code-highlighting assets (the site has no code)', () => {
    expect(readdirSync('dist/_astro').filter((f) => /^ec\./.test(f))).toEqual([]);
  });
});

describe('what a CDN would publish', () => {
  it('dist/ holds no server configuration; the nginx files are beside it in dist-nginx/', () => {
    const conf = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => /\.conf$|(^|\/)_nginx(\/|$)/.test(f));
    expect(conf).toEqual([]);
    for (const file of ['site.conf', 'security-headers.conf', 'redirects.conf']) expect(existsSync(`dist-nginx/${file}`), file).toBe(true);
    // Netlify and Cloudflare Pages read the headers file and do not publish it.
    expect(existsSync('dist/_headers')).toBe(true);
  });
});
