import { SPANISH_EDITION_PUBLISHED } from './languages.mjs';
import { shortLinkRedirects } from './short-links.mjs';

/**
 * Pages that have moved: old path → new path. Clinics print our addresses, so a page that moves
 * keeps its old address working through a redirect listed here, for good. The old path stays in
 * src/config/permanent-urls.json; the test of that file accepts it only because it redirects.
 *
 * Example: { '/procedure/aftercare': '/procedure/recovery/' }
 * (no trailing slash on the old path, which is how Astro names redirect routes).
 * @type {Record<string, string>}
 */
export const movedPages = {
  // Someone who trims a handout address to its folder lands on the list of handouts.
  '/handouts': '/for-clinics/#handouts',
  ...(SPANISH_EDITION_PUBLISHED ? { '/es/handouts': '/es/for-clinics/#hojas-para-imprimir' } : {}),
};

/**
 * Astro's `redirects`: every printed short link, then every moved page. Keys have no trailing
 * slash; the address a reader types or scans is the key followed by "/".
 * @type {Record<string, string>}
 */
export const redirects = { ...shortLinkRedirects, ...movedPages };
