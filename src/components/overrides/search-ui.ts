/**
 * The search interface: Pagefind's UI (about 26 KB gzip) and how our search box trims a question
 * and shows results (src/lib/search-query.ts). Search.astro loads this file by its URL when a reader
 * reaches for search, never on page view (see src/integrations/lazy-module.ts for why by URL).
 */
// @ts-expect-error — Missing types for @pagefind/default-ui package.
export { PagefindUI } from '@pagefind/default-ui';
export { processSearchResult, processSearchTerm } from '../../lib/search-query';
