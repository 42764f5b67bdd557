/**
 * The site's languages. English is the root locale (/); the Spanish edition lives in
 * src/content/docs/es/ and is built at /es/ (issue 11).
 *
 * `SPANISH_EDITION_PUBLISHED` is false while the edition is being built: its pages are translated
 * and checked in the repository (test/unit/spanish-pages.test.ts), but the build leaves them out,
 * so no reader meets a half-translated site or one of Starlight's English fallback pages under
 * /es/. Turn it on only when every English page has its Spanish twin and the Spanish interface,
 * tools and search are ready.
 */
export const SPANISH_EDITION_PUBLISHED = false;

/** Where the Spanish pages live, inside src/content/docs/. */
export const SPANISH_DIR = 'es';

/** The languages readers can read the site in today: English, and Spanish once published. */
export const PUBLISHED_LANGUAGES = /** @type {('en' | 'es')[]} */ (SPANISH_EDITION_PUBLISHED ? ['en', 'es'] : ['en']);
