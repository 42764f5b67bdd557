/**
 * `{name}` placeholders in the decision aid's words (src/components/decision-aid/words.ts): the
 * element fills them at run time, and a unit test checks each language uses the same ones. Tiny on
 * purpose: it ships in the element's script.
 */

/** "{yes} of 4" with { yes: 3 } → "3 of 4". An unknown name is left as it is, so a mistake shows. */
export const fillPlaceholders = (text: string, values: Readonly<Record<string, string | number>>): string =>
  text.replace(/\{(\w+)\}/g, (marker, name: string) => (name in values ? String(values[name]) : marker));

/** The names of the placeholders in a text, sorted: "{b} {a} {b}" → ["a", "b", "b"]. */
export const placeholdersIn = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
