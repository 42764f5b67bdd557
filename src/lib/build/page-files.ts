/**
 * The pages as files: every .md/.mdx under src/content/docs/, English or Spanish, with its
 * frontmatter parsed the way the build parses it (src/lib/frontmatter.ts). Read without Astro, so
 * that the build's Spanish-edition gate (src/integrations/spanish-edition.ts) and the unit tests
 * (test/support/content.ts) see the same pages.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SPANISH_DIR } from '../../config/languages.mjs';
import { readFrontmatter } from '../frontmatter';

export interface PageFile {
  /** Path from the repository root, for messages. */
  file: string;
  /** The page's slug, as used in URLs and the sidebar ("" for the home page). */
  slug: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : /\.mdx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** Frontmatter parsed the way the build parses it, and the body after it. */
export function splitFrontmatter(text: string, file: string): { frontmatter: Record<string, unknown>; body: string } {
  if (!/^---\r?\n[\s\S]*?\r?\n---/.test(text)) throw new Error(`${file}: no frontmatter block (--- … ---) at the top`);
  const { data, body } = readFrontmatter(text);
  return { frontmatter: data, body };
}

/**
 * The English pages (every page outside src/content/docs/es/), or with `'es'` the Spanish ones,
 * whose slugs are those of the English pages they translate ("es/procedure/recovery.mdx" →
 * "procedure/recovery"). `root` is the repository's folder.
 */
export function loadPages(root: string, language: 'en' | 'es' = 'en'): PageFile[] {
  const docs = join(root, 'src/content/docs');
  const spanish = join(docs, SPANISH_DIR);
  const dir = language === 'es' ? spanish : docs;
  if (!existsSync(dir)) return [];
  return walk(dir)
    .filter((path) => language === 'es' || !path.startsWith(spanish + '/'))
    .sort()
    .map((path) => {
      const file = relative(root, path);
      const id = relative(dir, path).replace(/\.mdx?$/, '');
      const slug = id === 'index' ? '' : id.replace(/\/index$/, '');
      return { file, slug, ...splitFrontmatter(readFileSync(path, 'utf8'), file) };
    });
}
