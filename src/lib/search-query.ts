/**
 * What the search box does to a reader's words before Pagefind sees them, and to a result before
 * the reader sees it.
 *
 * Pagefind only returns pages that contain every word of the query. Patients type questions
 * ("how long is recovery", "will I be awake"), and a page can answer a question without using
 * "will" or "my", so small function words are dropped first. Words that carry meaning on this
 * site ("who", "after", "before", "not") are kept. If nothing would be left, the query is used as
 * typed. The search box (src/components/overrides/Search.astro) calls these functions, and the
 * browser tests type into that same box, so they measure what readers get.
 */

/** The Pagefind metadata field that holds a page's extra search words (src/components/page/SearchAliases.astro). */
export const ALIASES_META = 'aliases';

/** Lowercase, without apostrophes ("don't" is listed as "dont"). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'so', 'if', 'then', 'than',
  'i', 'im', 'ive', 'id', 'ill', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'you', 'your', 'yours',
  'he', 'him', 'his', 'she', 'her', 'it', 'its', 'they', 'them', 'their', 'this', 'that', 'these', 'those',
  'is', 'am', 'are', 'was', 'were', 'be', 'been', 'being', 'isnt', 'arent', 'wasnt',
  'do', 'does', 'did', 'doing', 'dont', 'doesnt', 'didnt',
  'have', 'has', 'had', 'having', 'get', 'gets', 'got', 'getting',
  'can', 'cant', 'could', 'couldnt', 'will', 'wont', 'would', 'wouldnt', 'shall', 'should', 'shouldnt', 'may', 'might', 'must',
  'what', 'whats', 'which', 'when', 'where', 'why', 'how', 'hows',
  'to', 'of', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'about', 'into', 'onto', 'as',
  'there', 'here', 'any', 'some', 'much', 'many', 'very', 'really', 'just', 'also', 'too',
  'please', 'tell', 'know', 'need', 'want', 'ok', 'okay',
  // Conversational filler: "what happens if…", "…instead of surgery", "when can I go home".
  'happen', 'happens', 'happened', 'instead', 'go', 'going', 'like', 'thing', 'things', 'something', 'anything',
]);

/** Splits a query into words, as a reader would see them: letters, digits and inner hyphens. */
function words(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
}

/** The query Pagefind searches for. Never empty when the reader typed a word. */
export function processSearchTerm(query: string): string {
  const all = words(query);
  const kept = all.filter((w) => !STOP_WORDS.has(w));
  return (kept.length > 0 ? kept : all).join(' ');
}

interface ResultData {
  url: string;
  excerpt?: string;
  meta?: Record<string, unknown>;
  sub_results?: { url: string; title?: string; excerpt?: string }[];
}

/**
 * A result, ready to show:
 *  - Pagefind's interface lists every metadata field under a result; the alias field is for
 *    finding pages, not for reading, so it is removed.
 *  - Starlight gives each page's title the id "_top", so the page's first section is reported at
 *    "…/#_top" and the interface shows it as a nested result whose excerpt is only the title.
 *    Pointing it at the page itself makes the interface show the page's own excerpt instead.
 *  - A page found only by its hidden aliases has no matching section, and the interface would
 *    show its title alone; it gets the page's excerpt (the start of its text) instead.
 */
export function processSearchResult<T extends ResultData>(result: T): T {
  let out = result;
  if (out.meta && ALIASES_META in out.meta) {
    const { [ALIASES_META]: _aliases, ...meta } = out.meta;
    out = { ...out, meta };
  }
  const first = out.sub_results?.[0];
  if (first && first.url === `${out.url}#_top`) {
    out = { ...out, sub_results: [{ ...first, url: out.url }, ...out.sub_results!.slice(1)] };
  } else if (out.sub_results && out.sub_results.length === 0 && out.excerpt) {
    out = { ...out, sub_results: [{ url: out.url, title: String(out.meta?.title ?? ''), excerpt: out.excerpt }] };
  }
  return out;
}
