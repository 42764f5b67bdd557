/**
 * Every icon array on the built site says one thing three ways: the figures it draws, the
 * sentence under it, and its text alternative (the SVG's aria-label). This reads them back from
 * dist/ and checks they agree, that the filled figures sit at the bottom (so the picture reads as
 * a bar), and that the extra over a comparison group has its own shape.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { naturalFrequency } from '../../src/lib/icon-array';
import { builtHtmlFiles } from '../support/dist';
import { languageOf } from '../support/interface-text';

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

const arrays = builtHtmlFiles().flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/<figure class="icon-array"([^>]*)>([\s\S]*?)<\/figure>/g)].map((m) => {
    const attrs = m[1]!;
    const body = m[2]!;
    const rows = [...body.matchAll(/<g transform="translate\(0 (\d+)\)">([\s\S]*?)<\/g>/g)].map((r) =>
      (r[2]!.match(/<use [^>]*>/g) ?? []).map((use) => (/class="extra"/.test(use) ? 'extra' : /class="filled"/.test(use) ? 'base' : 'empty')),
    );
    return {
      name: `${file.replace(/^.*dist/, '')} (${/data-count="(\d+)"/.exec(attrs)?.[1]})`,
      lang: languageOf(file.replace(/^.*dist/, '')),
      count: Number(/data-count="(\d+)"/.exec(attrs)?.[1]),
      baseline: /data-baseline="(\d+)"/.test(attrs) ? Number(/data-baseline="(\d+)"/.exec(attrs)![1]) : undefined,
      // The text alternative: the element the SVG names with aria-labelledby (or its aria-label).
      label: decode(
        /aria-labelledby="([^"]+)"/.test(body)
          ? (new RegExp(`id="${/aria-labelledby="([^"]+)"/.exec(body)![1]}"[^>]*>([\\s\\S]*?)</`).exec(body)?.[1] ?? '').replace(/<[^>]+>/g, '')
          : (/aria-label="([^"]*)"/.exec(body)?.[1] ?? ''),
      ),
      caption: decode((/<figcaption><strong[^>]*>([\s\S]*?)<\/strong>/.exec(body)?.[1] ?? '').replace(/<[^>]+>/g, '')),
      rows,
      uses: body.match(/<use [^>]*>/g) ?? [],
    };
  }),
);

describe('icon arrays', () => {
  it('exist, including one that shows the extra over a comparison group', () => {
    expect(arrays.length).toBeGreaterThanOrEqual(3);
    expect(arrays.some((a) => a.baseline !== undefined)).toBe(true);
  });

  it.each(arrays.map((a) => [a.name, a] as const))('%s: drawn count, caption and text alternative agree', (_n, a) => {
    const flat = a.rows.flat();
    expect(flat).toHaveLength(100);
    const had = flat.filter((k) => k !== 'empty').length;
    const extra = flat.filter((k) => k === 'extra').length;
    expect(had, 'figures drawn as having it').toBe(a.count);
    expect(a.count, 'no picture for chances under 1 in 100').toBeGreaterThanOrEqual(1);
    expect(a.caption, 'caption and text alternative are the same words').toBe(a.label);
    // "About 18 in 100 …" or "18 in 100 …"; on Spanish pages "Alrededor de 18 de cada 100 …" (src/lib/icon-array.ts).
    const inHundred = (n: number, approximate = false) => naturalFrequency(n, '', approximate, a.lang);
    expect(a.caption.startsWith(inHundred(a.count, true)) || a.caption.startsWith(inHundred(a.count)), a.caption).toBe(true);
    if (a.baseline === undefined) {
      expect(extra).toBe(0);
    } else {
      expect(extra, 'diamonds = treated minus not treated').toBe(a.count - a.baseline);
      expect(a.caption).toContain(` ${inHundred(a.baseline)}`);
      expect(a.caption).toContain(`${inHundred(a.count - a.baseline)}${a.lang === 'es' ? 'más' : 'more'}.`);
      // The extra figures are a different drawing (shape), not only a different colour.
      const extraHrefs = new Set(a.uses.filter((u) => /class="extra"/.test(u)).map((u) => /href="#([^"]+)"/.exec(u)?.[1]));
      const baseHrefs = new Set(a.uses.filter((u) => /class="filled"/.test(u)).map((u) => /href="#([^"]+)"/.exec(u)?.[1]));
      for (const id of extraHrefs) expect(baseHrefs.has(id)).toBe(false);
    }
  });

  it.each(arrays.map((a) => [a.name, a] as const))('%s fills from the bottom row up, left to right', (_n, a) => {
    // Reading the rows bottom-up, left to right: solid figures, then diamonds, then outlines, never mixed.
    const order = [...a.rows].reverse().flat();
    const rank = { base: 0, extra: 1, empty: 2 } as const;
    for (let i = 1; i < order.length; i++) expect(rank[order[i]!]).toBeGreaterThanOrEqual(rank[order[i - 1]!]);
    expect(a.rows.at(-1)![0], 'the bottom-left figure is filled').not.toBe('empty');
  });
});
