/**
 * What the search box does to a reader's words before Pagefind sees them, and to a result before
 * the reader sees it.
 *
 * Pagefind only returns pages that contain every word of the query. Patients type questions
 * ("how long is recovery", "will I be awake"), and a page can answer a question without using
 * "will" or "my", so small function words are dropped first. Words that carry meaning on this
 * site ("who", "after", "before", "not") are kept. If nothing would be left, the query is used as
 * typed. The search box (Search.astro) calls these functions, and the
 * browser tests type into that same box, so they measure what readers get.
 */

/**
 * Pagefind's ranking weights: Starlight 0.42.4's defaults, which the query set was tuned with
 * (Pagefind's own defaults differ). The search box passes them to Pagefind.
 */
export const RANKING = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
} as const;

/** The Pagefind metadata field that holds a page's extra search words (SearchAliases.astro). */
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

/**
 * The same for Spanish pages, which search the Spanish index: articles, prepositions, pronouns and
 * the verbs of a question ("¿cuánto dura la recuperación?", "voy a estar despierto"). Words that carry
 * meaning here stay ("después", "antes", "sin", "no", "quién").
 */
export const SPANISH_STOP_WORDS: ReadonlySet<string> = new Set([
  'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'y', 'e', 'o', 'u', 'pero', 'si',
  'de', 'del', 'a', 'al', 'en', 'con', 'por', 'para', 'sobre', 'entre', 'hasta', 'desde',
  // Not "mí": in "¿es para mí?" it is the whole question (is it right for me), unlike "mi" (my).
  'yo', 'me', 'mi', 'mis', 'usted', 'su', 'sus', 'se', 'le', 'les', 'nos', 'nuestro', 'nuestra', 'este', 'esta', 'esto', 'ese', 'esa', 'eso',
  'es', 'son', 'ser', 'soy', 'está', 'están', 'estar', 'estoy', 'voy', 'va', 'vamos', 'ir', 'hay', 'haber', 'he', 'ha', 'han',
  'puedo', 'puede', 'pueden', 'poder', 'debo', 'debe', 'deben', 'debería', 'tengo', 'tiene', 'tienen', 'tener', 'hago', 'hace', 'hacer',
  'qué', 'que', 'cuál', 'cual', 'cuáles', 'cuánto', 'cuanto', 'cuánta', 'cuántos', 'cuántas', 'cómo', 'como', 'cuándo', 'cuando', 'dónde', 'donde', 'por qué',
  'muy', 'mucho', 'mucha', 'algo', 'alguno', 'alguna', 'también', 'favor', 'saber', 'quiero', 'necesito', 'pasa', 'pasar',
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

/**
 * The query Pagefind searches for. Never empty when the reader typed a word. `lang` is the page's
 * language (the search box passes its page's), which is also the index it searches.
 */
export function processSearchTerm(query: string, lang = 'en'): string {
  const all = words(query);
  const stop = lang === 'es' ? SPANISH_STOP_WORDS : STOP_WORDS;
  const kept = all.filter((w) => !stop.has(w));
  return (kept.length > 0 ? kept : all).join(' ');
}

/** The longest excerpt shown, in words. Pagefind's own, with sections listed, is 12 words around the match. */
export const EXCERPT_WORDS = 25;

/**
 * An excerpt ends early at a sentence end only if that leaves at least a quarter of the longest
 * excerpt: a match in a short heading ("Recovery.") should still show what the page says next.
 */
const shortestAtSentenceEnd = (maxWords: number) => Math.ceil(maxWords / 4);

/** Where a sentence ends: . ! or ? (maybe then a closing quote or bracket) and a space. Pagefind ends each block (heading, list item) with ". ". */
const SENTENCE_END = /[.!?]["'’”)\]]*\s+/g;

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * Pagefind's excerpt, made to start where the sentence holding the first match starts instead of
 * mid-phrase ("injected into the <mark>bone</mark>" becomes "The cement is injected into the
 * <mark>bone</mark>."), and to end at the last full sentence that fits in `maxWords` words, or
 * after `maxWords` words with "…" (also when the last full sentence would leave a stub).
 * `content` is the page text Pagefind returns with each result (HTML-escaped like the excerpt).
 * When the excerpt cannot be found in the text, or the sentence starts too far before the match
 * to show both, the excerpt is returned as it was, with "…" in front when it starts mid-sentence.
 */
export function sentenceExcerpt(excerpt: string, content: string, maxWords = EXCERPT_WORDS): string {
  const text = content.replace(/\s+/g, ' ');
  const shown = excerpt.replace(/\s+/g, ' ').trim();
  const plain = shown.replace(/<\/?mark>/g, '');
  const at = plain ? text.indexOf(plain) : -1;
  if (at < 0) return excerpt;
  const mark = shown.indexOf('<mark>');
  const before = text.slice(0, at);
  const focus = at + (mark >= 0 ? shown.slice(0, mark).replace(/<\/?mark>/g, '').length : 0);
  let start = 0;
  for (const m of text.slice(0, focus).matchAll(SENTENCE_END)) start = m.index + m[0].length;
  const lead = wordsOf(text.slice(start, focus)).length;
  if (lead > maxWords - 6) {
    const midSentence = !/(^|[.!?]["'\u2019\u201d)\]]*\s*)$/.test(before);
    return midSentence ? `… ${shown}` : shown;
  }
  const words = wordsOf(before.slice(start) + shown + text.slice(at + plain.length));
  let end = Math.min(words.length, maxWords);
  // End at the last sentence end after the match that fits within the limit, if there is one.
  const sentenceEnd = words
    .slice(0, end)
    .findLastIndex((w, i) => i >= lead && /[.!?]["'\u2019\u201d)\]]*$/.test(w.replace(/<\/?mark>/g, '')));
  if (sentenceEnd + 1 >= shortestAtSentenceEnd(maxWords)) end = sentenceEnd + 1;
  let out = words.slice(0, end).join(' ');
  if ((out.match(/<mark>/g) ?? []).length > (out.match(/<\/mark>/g) ?? []).length) out += '</mark>';
  return end < words.length && !/[.!?]["'\u2019\u201d)\]]*$/.test(out.replace(/<\/?mark>/g, '')) ? `${out} …` : out;
}

interface ResultData {
  url: string;
  /** The page's indexed text, HTML-escaped (Pagefind returns it with every result). */
  content?: string;
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
 *  - Every excerpt starts at the start of a sentence (sentenceExcerpt).
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
  const content = out.content;
  if (typeof content === 'string') {
    const fix = (excerpt: string | undefined) => (excerpt ? sentenceExcerpt(excerpt, content) : excerpt);
    out = {
      ...out,
      excerpt: fix(out.excerpt),
      sub_results: out.sub_results?.map((sub) => ({ ...sub, excerpt: fix(sub.excerpt) })),
    };
  }
  return out;
}
