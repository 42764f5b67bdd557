import manifest from './permanent-urls.json' with { type: 'json' };
import { SPANISH_EDITION_PUBLISHED } from './languages.mjs';

/**
 * Every permanent address the site answers today: the manifest's English list, and its Spanish
 * list once the Spanish edition is published (until then those pages are not built, so their
 * addresses cannot yet be promised). Read this, not the JSON file, so both lists are counted.
 * @type {readonly string[]}
 */
export const permanentUrls = [...manifest.urls, ...(SPANISH_EDITION_PUBLISHED ? manifest.spanishUrls : [])];
