/**
 * Spanish pages and the English pages they translate (issue 11: "translations that know their age").
 *
 * A Spanish page at src/content/docs/es/<path> records, in its `translation` field, which English
 * file it translates and a hash of that file's text when it was translated. When the English file
 * changes afterwards, the hashes differ: the build warns and the Spanish page shows a dated notice
 * that the English page has been updated since, with a link to it, until the translation is
 * brought up to date and its hash renewed (`npm run translations:stamp`).
 */
import { z } from 'astro/zod';
import { calendarDate, pageFields } from './content-schemas';
import { sourceHash } from './source-hash';

export { sourceHash };

export const translationFields = z.strictObject(
  {
    of: z.string().regex(/^[a-z0-9/-]+\.mdx$/, { error: 'translation.of must name the English file from src/content/docs/, e.g. procedure/recovery.mdx' }),
    sourceHash: z.string().regex(/^[0-9a-f]{12}$/, { error: 'translation.sourceHash must be 12 hex digits: run `npm run translations:stamp` after translating' }),
    translatedOn: calendarDate('translation.translatedOn'),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')} in translation: it has of, sourceHash and translatedOn` : undefined) },
);

/** A Spanish page's frontmatter: an English page's fields, plus what it translates. */
export const spanishPageFields = pageFields.extend({
  translation: translationFields.describe('which English page this translates, and which version of it'),
});

export type Translation = z.infer<typeof translationFields>;

export type TranslationAge =
  | { current: true }
  /** `englishUpdated`: the date of the English page's latest change after the translation, if it logged one. */
  | { current: false; englishUpdated: Date | null };

/**
 * Whether a translation still matches its English page. A stale one carries the date the
 * English page says it changed (its latest `changes` entry after the translation; otherwise its
 * last review), so the notice can say when.
 */
export function translationAge(translation: Translation, englishText: string, english: { changes?: { date: Date }[]; lastReviewed?: Date }): TranslationAge {
  if (sourceHash(englishText) === translation.sourceHash) return { current: true };
  const later = (english.changes ?? []).map((c) => c.date).filter((d) => d > translation.translatedOn);
  const englishUpdated = later.length ? new Date(Math.max(...later.map(Number))) : english.lastReviewed && english.lastReviewed > translation.translatedOn ? english.lastReviewed : null;
  return { current: false, englishUpdated };
}

/**
 * Every number a reader reads, as digits without thousands separators ("1,000" in English and
 * "1000" or "10.000" in Spanish all read the same), sorted. Years and dates count too: a changed
 * year is a changed fact.
 */
export function numbersIn(texts: readonly string[]): string[] {
  return texts
    .join(' ')
    .replace(/(\d)[,.\u00a0 ](?=\d{3}(?!\d))/g, '$1')
    .match(/\d+(?:[.,]\d+)?/g)
    ?.map((n) => n.replace(',', '.'))
    .sort() ?? [];
}
