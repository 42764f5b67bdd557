/**
 * The interface strings a page shows, in its language (src/content/i18n/en.json or es.json, chosen
 * by the page's address), so browser tests can look for "Last reviewed" or "Última revisión".
 */
import { entryLanguage } from '../../src/lib/page-language';
import en from '../../src/content/i18n/en.json';
import es from '../../src/content/i18n/es.json';

export type InterfaceKey = keyof typeof en & keyof typeof es;

/** The language of a site path: "/es/…" is Spanish (the same rule as src/lib/page-language.ts for entry ids). */
export const languageOf = (path: string) => entryLanguage(path.replace(/^\//, ''));

export const interfaceText = (path: string) => (languageOf(path) === 'es' ? es : en) as Record<InterfaceKey, string>;
