/**
 * The site's languages. English is the root locale (/); the Spanish edition lives in
 * src/content/docs/es/ and is built at /es/ (issue 11).
 *
 * `SPANISH_EDITION_PUBLISHED` builds the Spanish edition in. It was false while the edition was
 * being written (its pages were checked in the repository all the same: test/unit/spanish-pages.test.ts)
 * and turned on on 2026-12-06, when every English page had its Spanish twin and the Spanish
 * interface, tools and search passed their tests. Its addresses are permanent from that day
 * (src/config/permanent-urls.json): turning it off again would break them.
 */
export const SPANISH_EDITION_PUBLISHED = true;

/** Where the Spanish pages live, inside src/content/docs/. */
export const SPANISH_DIR = 'es';

/** The languages readers can read the site in today: English, and Spanish once published. */
export const PUBLISHED_LANGUAGES = /** @type {('en' | 'es')[]} */ (SPANISH_EDITION_PUBLISHED ? ['en', 'es'] : ['en']);
