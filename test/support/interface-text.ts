/**
 * The interface strings a page shows, in its language (src/content/i18n/en.json or es.json, chosen
 * by the page's address), so browser tests can look for "Last reviewed" or "Última revisión".
 */
import en from '../../src/content/i18n/en.json';
import es from '../../src/content/i18n/es.json';

export type InterfaceKey = keyof typeof en & keyof typeof es;

export const languageOf = (path: string) => (path === '/es/' || path.startsWith('/es/') ? 'es' : 'en');

export const interfaceText = (path: string) => (languageOf(path) === 'es' ? es : en) as Record<InterfaceKey, string>;
