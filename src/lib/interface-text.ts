/**
 * Options for interface strings with placeholders (`Astro.locals.t('kg.…', { ...RAW, count })`):
 * i18next escapes the values it puts in as HTML by default, and Astro escapes the whole string
 * again, so a reader would see "&#x2F;" for every "/" in a printed address.
 */
export const RAW = { interpolation: { escapeValue: false } } as const;
