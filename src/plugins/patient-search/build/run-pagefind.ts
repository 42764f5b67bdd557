/**
 * Indexes the built site with Pagefind's Node API, as Starlight's own integration does when its
 * `pagefind` option is on (this plugin turns it off to own search). Pagefind reads every page's
 * `<html lang>` and writes one index per language into dist/pagefind/, and the engine in the
 * browser picks the index of the page it runs on: a page under /es/ (`lang="es"`) searches the
 * Spanish pages only. Starlight still marks each page's indexed part (`data-pagefind-body` on
 * <main>, everything but 404 and pages with `pagefind: false` in frontmatter) whatever the option.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export interface IndexResult {
  pages: number;
  /** Language codes Pagefind wrote an index for ("en", "es"). */
  languages: string[];
}

/** Indexes `siteDir` (dist/) and writes the bundle to `outputPath` (dist/pagefind/). */
export async function runPagefind(siteDir: string, outputPath: string): Promise<IndexResult> {
  const check = <T extends { errors: string[] }>(response: T): T => {
    if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
    return response;
  };
  try {
    const { index } = check(await pagefind.createIndex());
    if (!index) throw new Error('Pagefind: no index was created');
    const { page_count } = check(await index.addDirectory({ path: siteDir }));
    check(await index.writeFiles({ outputPath }));
    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    return { pages: page_count, languages: Object.keys(entry.languages).sort() };
  } finally {
    await pagefind.close();
  }
}
