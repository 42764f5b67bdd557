/**
 * The knowledge base as built: every permanent URL exists and is in the sidebar in reading order,
 * pages about symptoms or recovery carry the "Get help now" box, icon arrays draw the number
 * their caption states, and no placeholder text slipped through.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentPages } from '../../src/config/pages.mjs';
import { sidebar } from '../../src/config/sidebar.mjs';
import { sitemapPaths } from '../../scripts/lib/pages';
import { naturalFrequency } from '../../src/lib/icon-array';
import { builtHtml, builtHtmlFiles } from '../support/dist';
import { interfaceText, languageOf } from '../support/interface-text';
import { SPANISH_DIR, SPANISH_EDITION_PUBLISHED } from '../../src/config/languages.mjs';

type SidebarItem = { slug?: string; items?: SidebarItem[] };
const sidebarSlugs = (items: SidebarItem[]): string[] => items.flatMap((i) => (i.items ? sidebarSlugs(i.items) : i.slug !== undefined ? [i.slug] : []));

describe('knowledge-base pages', () => {
  const sitemap = new Set(sitemapPaths());

  it.each(contentPages.map((p) => [`/${p.slug}/`, p] as const))('%s is built and in the sitemap', (url) => {
    expect(sitemap.has(url)).toBe(true);
  });

  it('appear in the sidebar in reading order', () => {
    const order = sidebarSlugs(sidebar as SidebarItem[]);
    const positions = contentPages.map((p) => order.indexOf(p.slug));
    expect(positions.filter((i) => i === -1), 'pages missing from the sidebar').toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  // The Spanish twin of each such page has the box too, in Spanish ("Busque ayuda ahora"), with the same 911.
  const urgent = contentPages.filter((p) => p.urgentHelp).flatMap((p) => [`/${p.slug}/`, ...(SPANISH_EDITION_PUBLISHED ? [`/${SPANISH_DIR}/${p.slug}/`] : [])]);
  it.each(urgent)('%s has a "Get help now" box', (url) => {
    const t = interfaceText(url);
    expect(builtHtml(url)).toContain(`<h2 id="get-help-now-heading">${t['kg.getHelp.heading']}</h2>`);
    expect(builtHtml(url)).toMatch(/<section class="get-help-now"[^>]*>\s*<h2 id="get-help-now-heading">/);
    expect(builtHtml(url)).toContain(t['kg.getHelp.call']);
  });
});

describe('icon arrays', () => {
  const figures = builtHtmlFiles().flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/<figure class="icon-array[^"]*" data-count="(\d+)"[^>]*>([\s\S]*?)<\/figure>/g)].map((m) => ({
      file,
      count: Number(m[1]),
      body: m[2]!,
      page: readFileSync(file, 'utf8'),
    })),
  );

  it('exist on the pages that show risks', () => expect(figures.length).toBeGreaterThanOrEqual(3));

  it.each(figures.map((f) => [`${f.file} (${f.count})`, f] as const))('%s draws exactly the number in its caption', (_name, f) => {
    // Every figure is one <use> of a figure the page draws once in <defs>: solid people (class
    // "filled") and, when the array compares with a group without the treatment, diamonds for the extra.
    const figures = f.body.match(/<use [^>]*>/g) ?? [];
    expect(figures).toHaveLength(100);
    const had = figures.filter((use) => /\bclass="(filled|extra)"/.test(use));
    expect(had).toHaveLength(f.count);
    const drawn = new Set(figures.map((use) => /\bhref="#([^"]+)"/.exec(use)?.[1]));
    expect([...drawn].every((id) => id === 'kg-person' || id === 'kg-extra'), 'every figure is a person or a diamond').toBe(true);
    expect(f.page.match(/<defs><g id="kg-person"><circle [^>]*>(<\/circle>)?<path [^>]*>(<\/path>)?<\/g><path id="kg-extra" [^>]*>(<\/path>)?<\/defs>/g), 'the figures are drawn once on the page').toHaveLength(1);
    expect(f.body).toContain(`>${naturalFrequency(f.count, '', true, languageOf(f.file.replace(/^dist/, '')))}`);
  });
});

describe('no placeholder text', () => {
  it('appears in any built page', () => {
    // Markers are written in capitals (Spanish "todo", "all", is a word); phrases in any case, in both languages.
    const markers = /\bTODO\b|\bTBD\b|\bFIXME\b|\bXXX\b|\[citation needed\]/;
    const phrases = /lorem ipsum|placeholder text|coming soon|texto de ejemplo|próximamente/i;
    const offenders = builtHtmlFiles().filter((file) => {
      const text = readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
      return markers.test(text) || phrases.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
