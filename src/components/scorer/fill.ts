/**
 * Fills the scorer's messages (words.ts): each `{placeholder}` gets its value, numbers written the
 * reader's way (Intl, through toLocaleString), and a `{ one, other }` message picks its plural
 * form with Intl.PluralRules. Used on the server by QuestionScorer.astro and in the browser by
 * scorer-element.ts, so it stays a few lines with no imports.
 */
import type { PluralForms } from './words';

/** A value for a placeholder: words, a number, or a node such as a name in <bdi>. */
export type Filler = string | number | Node;

/** The message as text and nodes, ready for append() or replaceChildren(). */
export function fillParts(message: string, values: Record<string, Filler>, lang: string): (string | Node)[] {
  // split() with a capturing group puts each placeholder's name at the odd indexes.
  return message.split(/\{(\w+)\}/).map((part, i) => {
    if (!(i % 2)) return part;
    const value = values[part]!;
    return typeof value === 'number' ? value.toLocaleString(lang) : value;
  });
}

/** The message as a string, for text-only values. */
export const fill = (message: string, values: Record<string, string | number>, lang: string): string => fillParts(message, values, lang).join('');

/** The plural form for `count` ("1 red flag", "2 red flags"), filled with {n} = count unless `values` says otherwise. */
export const plural = (forms: PluralForms, count: number, lang: string, values: Record<string, string | number> = {}): string =>
  fill(new Intl.PluralRules(lang).select(count) === 'one' ? forms.one : forms.other, { n: count, ...values }, lang);
