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

/**
 * The term's name and the names in its brackets: "PMMA (bone cement)" gives "PMMA" and "bone
 * cement"; "Prueba DEXA (o DXA) (DEXA scan)" gives "Prueba DEXA", "DXA" and "DEXA scan".
 */
function termNames(term: string): string[] {
  const [name = term, ...bracketed] = term.split(/\s*[()]\s*/).filter((part) => part.trim() !== '');
  const names = [name, ...bracketed.flatMap((b) => b.split(/\s*(?:;|,|\bor\b|\bo\b|plural:)\s*/))];
  return names.flatMap((n) => n.split(/\s+\/\s+/)).map((n) => n.trim()).filter((n) => n.length > 1);
}

/**
 * The form Pagefind (1.5 and later) indexes a word in: lower case, accents removed, so "balón"
 * and "balon" find the same pages and one of them is enough.
 */
const searchKey = (phrase: string) => phrase.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').trim();

/** Unique phrases (ignoring case and accents), in the order given: terms in order of use, then the extra search terms. */
export function searchAliases(terms: readonly TermWords[], searchTerms: readonly string[] = []): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const phrase of [...terms.flatMap((t) => [...termNames(t.term), ...t.alsoCalled, ...t.searchWords]), ...searchTerms]) {
    const key = searchKey(phrase);
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push(phrase.trim());
    }
  }
  return out;
}
