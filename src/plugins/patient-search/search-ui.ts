/**
 * The search interface: Pagefind's UI (about 26 KB gzip), its stylesheet, and how our search box
 * trims a question and shows results (query.ts). Search.astro loads this file by its
 * URL when a reader reaches for search, never on page view (build/lazy-module.ts says why
 * by URL).
 */
// @ts-expect-error — Missing types for @pagefind/default-ui package.
export { PagefindUI } from '@pagefind/default-ui';
import { processSearchTerm as processTerm } from './query';
export { RANKING, processSearchResult } from './query';
/** The reader's words trimmed for the language of the page they search from (its index is that language's). */
export const processSearchTerm = (query: string) => processTerm(query, document.documentElement.lang);
// The stylesheet's URL lives here, not in Search.astro: that script is small enough for Astro to
// inline into every page, and an inlined script's `?url` asset is not emitted (the file 404s).
// A URL, not an import of the CSS itself, which Astro would add to every page's render-blocking
// stylesheet; `no-inline` keeps it a file that the CSP's style-src 'self' allows.
export { default as stylesheet } from './search-ui.css?url&no-inline';
