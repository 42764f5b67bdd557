/**
 * The glossary's reading order and citation order, shared by the glossary page
 * (src/components/lists/GlossaryList.astro) and the content tests, so both agree on which source
 * is [1], [2], … on /glossary/.
 */

export interface GlossaryEntry {
  id: string;
  data: { term: string; sources: readonly string[] };
}

/** Terms A to Z by their shown name, ignoring case and accents. */
export function sortGlossary<T extends GlossaryEntry>(terms: readonly T[], lang = 'en'): T[] {
  return [...terms].sort((a, b) => a.data.term.localeCompare(b.data.term, lang, { sensitivity: 'base' }));
}

/**
 * The glossary page's sources in order of first citation, A to Z: the list its `sources`
 * frontmatter must give, in this order, because the page's citations are rendered by a component.
 */
export function glossaryCitations(terms: readonly GlossaryEntry[], lang = 'en'): string[] {
  return [...new Set(sortGlossary(terms, lang).flatMap((t) => t.data.sources))];
}
