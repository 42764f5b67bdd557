/** The pages of the built site (dist/), as the tests, the bench and the audit list them. */
import { readFileSync } from 'node:fs';

/** Every page the sitemap lists, as paths ("/", "/procedure/recovery/"). */
export function sitemapPaths(): string[] {
  const index = readFileSync('dist/sitemap-index.xml', 'utf8');
  const files = [...index.matchAll(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/g)].map((m) => m[1]!);
  return files.flatMap((file) =>
    [...readFileSync(`dist/${file}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
}

/** An address that does not exist, to check the 404 page as readers get it. */
export const MISSING_PATH = '/this-page-does-not-exist/';

/** Every page a reader can land on: the sitemap's pages and the 404 page. */
export function pagePaths(): string[] {
  return [...sitemapPaths(), MISSING_PATH];
}
