/** The pages of the built site (dist/), as the tests, the bench and the audit list them. */
import { readFileSync } from 'node:fs';
import { SPANISH_DIR, SPANISH_EDITION_PUBLISHED } from '../../src/config/languages.mjs';

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

/** The same under /es/, where the server answers with the Spanish not-found page. */
export const MISSING_SPANISH_PATH = `/${SPANISH_DIR}/esta-pagina-no-existe/`;

/** Addresses that do not exist, one per published language. */
export const MISSING_PATHS = [MISSING_PATH, ...(SPANISH_EDITION_PUBLISHED ? [MISSING_SPANISH_PATH] : [])];

/** Every page a reader can land on: the sitemap's pages and the not-found pages. */
export function pagePaths(): string[] {
  return [...sitemapPaths(), ...MISSING_PATHS];
}
