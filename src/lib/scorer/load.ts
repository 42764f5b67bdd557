/**
 * Reads questions.yaml for the content layer, remembering each question's place in the file.
 * Astro's data store does not promise to keep file order, and the file's order is the order
 * an editor means the page to show (within each group), so it is kept as `position`.
 */
import { parse } from 'yaml';

export function parseQuestionsYaml(text: string): unknown {
  const data: unknown = parse(text);
  return Array.isArray(data) ? data.map((q: unknown, i) => (q && typeof q === 'object' ? { ...q, position: i + 1 } : q)) : data;
}
