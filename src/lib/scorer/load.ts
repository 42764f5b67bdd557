/**
 * Reads questions.yaml for the content layer, remembering each question's place in the file.
 * Astro's data store does not promise to keep file order, and the file's order is the order
 * an editor means the page to show (within each group), so it is kept as `position`.
 * Anything that is not a list of objects is passed on as it is, for the schema to reject.
 */
import { parse } from 'yaml';

type Item = Record<string, unknown>;

export function parseQuestionsYaml(text: string): Item[] | Record<string, Item> {
  const data: unknown = parse(text);
  if (!Array.isArray(data)) return data as Record<string, Item>;
  return data.map((q: unknown, i) => (q && typeof q === 'object' ? { ...q, position: i + 1 } : (q as Item)));
}
