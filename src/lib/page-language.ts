/**
 * Which language a page is in, from its entry id: Spanish pages live under es/ (src/content/docs/es/),
 * everything else is English. Lists of pages (sources' "used on", all pages, the changelog, the
 * handouts) show a reader only the pages in the language they are reading.
 */
export const entryLanguage = (id: string) => (id === 'es' || id.startsWith('es/') ? 'es' : 'en');

/** The id of the English page an entry is, or translates: "es/faq" → "faq". */
export const englishId = (id: string) => id.replace(/^es(\/|$)/, '') || 'index';

export const inLanguage = (lang: string) => (entry: { id: string }) => entryLanguage(entry.id) === lang;

/** A site path in the reader's language: "/glossary/" stays as it is in English, and is "/es/glossary/" in Spanish. */
export const localPath = (path: string, lang: string) => (lang === 'en' ? path : `/${lang}${path}`);

/**
 * The `lang` attribute for the title of a page shown on a page in `readerLang`: the page's own
 * language where it differs (a screen reader then pronounces it right), nothing where it is the same.
 */
export const langWhereDifferent = (id: string, readerLang: string) => (entryLanguage(id) === readerLang ? undefined : entryLanguage(id));
