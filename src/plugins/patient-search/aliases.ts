/**
 * The extra words a page is findable by: for each glossary term the page uses, the term's name,
 * its other names (`alsoCalled`, shown in the glossary: "bone cement", "hunchback") and its hidden
 * search words (`searchWords`, never shown: "carm", "cement", "doctor who puts you to sleep"),
 * plus the page's entry in src/config/search-terms.mjs. SearchAliases.astro puts them in a hidden Pagefind
 * metadata field, which search matches but the page's indexed text and excerpts leave out.
 */

export interface TermWords {
  term: string;
  alsoCalled: readonly string[];
  searchWords: readonly string[];
}

/** The term's name without its bracketed explanation: "PMMA (bone cement)" gives "PMMA" and "bone cement". */
function termNames(term: string): string[] {
  const match = /^(.*?)\s*\((.*)\)\s*$/.exec(term);
  const names = match ? [match[1]!, ...match[2]!.split(/\s*(?:;|,|\bor\b|plural:)\s*/)] : [term];
  return names.flatMap((n) => n.split(/\s+\/\s+/)).map((n) => n.trim()).filter((n) => n.length > 1);
}

/** Unique phrases (case-insensitive), in the order given: terms in order of use, then the extra search terms. */
export function searchAliases(terms: readonly TermWords[], searchTerms: readonly string[] = []): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const phrase of [...terms.flatMap((t) => [...termNames(t.term), ...t.alsoCalled, ...t.searchWords]), ...searchTerms]) {
    const key = phrase.toLowerCase().trim();
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push(phrase.trim());
    }
  }
  return out;
}
