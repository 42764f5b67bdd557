import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unusedPagefindFiles, type PagefindEntry } from '../../src/plugins/patient-search/build/pagefind-files';
import { runPagefind } from '../../src/plugins/patient-search/build/run-pagefind';
import { searchAliases } from '../../src/plugins/patient-search/aliases';
import { ALIASES_META, STOP_WORDS, processSearchTerm, processSearchResult, sentenceExcerpt } from '../../src/plugins/patient-search/query';

describe('what the search box searches for', () => {
  it.each([
    ['how long is recovery', 'long recovery'],
    ['will I be awake', 'awake'],
    ['who should do my kyphoplasty', 'who kyphoplasty'],
    ['what happens if I don’t have surgery', 'surgery'],
    ['What is a C-arm?', 'c-arm'],
    ['new fracture after kyphoplasty', 'new fracture after kyphoplasty'],
    ['Medicare coverage', 'medicare coverage'],
  ])('"%s" → "%s"', (query, processed) => {
    expect(processSearchTerm(query)).toBe(processed);
  });

  it('keeps the words as typed when every word is a small word', () => {
    expect(processSearchTerm('is it')).toBe('is it');
  });

  it('keeps words that carry meaning on this site', () => {
    for (const word of ['who', 'after', 'before', 'not', 'new', 'pain', 'safe']) expect(STOP_WORDS.has(word), word).toBe(false);
  });

  it('never returns an empty query for typed words', () => {
    for (const q of ['a', 'the', 'how how how']) expect(processSearchTerm(q)).not.toBe('');
  });
});

describe('hidden search words for a page', () => {
  it('lists each term’s names, its shown other names and its hidden search words, then the extra phrases, without repeats', () => {
    const words = searchAliases(
      [
        { term: 'PMMA (bone cement)', alsoCalled: ['bone cement'], searchWords: ['cement'] },
        { term: 'Kyphosis', alsoCalled: ['hunchback'], searchWords: ['hump on back'] },
      ],
      ['Cement', 'rounded back'],
    );
    expect(words).toEqual(['PMMA', 'bone cement', 'cement', 'Kyphosis', 'hunchback', 'hump on back', 'rounded back']);
  });

  it('splits "a / b" and "(plural: …)" names into separate names', () => {
    expect(searchAliases([{ term: 'Unipedicular / bipedicular', alsoCalled: [], searchWords: [] }])).toEqual(['Unipedicular', 'bipedicular']);
    expect(searchAliases([{ term: 'Vertebra (plural: vertebrae)', alsoCalled: [], searchWords: [] }])).toEqual(['Vertebra', 'vertebrae']);
    expect(searchAliases([{ term: 'Prueba DEXA (o DXA) (DEXA scan)', alsoCalled: [], searchWords: [] }])).toEqual(['Prueba DEXA', 'DXA', 'DEXA scan']);
  });

  it('keeps one of two spellings that differ only in accents (search ignores them)', () => {
    expect(searchAliases([{ term: 'Balón', alsoCalled: [], searchWords: ['balon', 'globo'] }], ['Médula ósea', 'medula osea'])).toEqual(['Balón', 'globo', 'Médula ósea']);
  });
});

describe('results shown to the reader', () => {
  it('do not list the hidden alias field', () => {
    const shown = processSearchResult({ url: '/x/', meta: { title: 'X', [ALIASES_META]: 'hunchback' } });
    expect(shown.meta).toEqual({ title: 'X' });
  });
  it('show the page’s own excerpt, not a nested "#_top" result holding only the title', () => {
    const shown = processSearchResult({ url: '/x/', sub_results: [{ url: '/x/#_top', title: 'X' }, { url: '/x/#risks', title: 'Risks' }] });
    expect(shown.sub_results.map((r) => r.url)).toEqual(['/x/', '/x/#risks']);
  });
  it('found only through hidden aliases, still show the start of the page as their excerpt', () => {
    const shown = processSearchResult({ url: '/x/', excerpt: 'Risks. Key points. Most leaks cause no harm.', meta: { title: 'Risks' }, sub_results: [] });
    expect(shown.sub_results).toEqual([{ url: '/x/', title: 'Risks', excerpt: 'Risks. Key points. Most leaks cause no harm.' }]);
  });
  it('are otherwise unchanged', () => {
    const result = { url: '/x/', meta: { title: 'X' }, sub_results: [{ url: '/x/#risks' }] };
    expect(processSearchResult(result)).toBe(result);
  });
});

describe('result excerpts start at a sentence', () => {
  const content =
    'Recovery. Key points. Most people go home the same day. The doctor puts a balloon into the broken bone and then fills the space with bone cement, which sets in minutes. Pain often eases within days.';

  it('start at the start of the sentence that holds the match, not mid-phrase', () => {
    const excerpt = 'the space with bone <mark>cement</mark>, which sets in minutes. Pain';
    expect(sentenceExcerpt(excerpt, content)).toBe(
      'The doctor puts a balloon into the broken bone and then fills the space with bone <mark>cement</mark>, which sets in minutes.',
    );
  });

  it('keep whole following sentences that fit, and stop at a sentence end', () => {
    const excerpt = 'go <mark>home</mark> the same day. The doctor';
    expect(sentenceExcerpt(excerpt, content, 20)).toBe('Most people go <mark>home</mark> the same day.');
    expect(sentenceExcerpt(excerpt, content, 30)).toMatch(/^Most people go <mark>home<\/mark> the same day\. The doctor .* minutes\.$/);
  });

  it('go on past a short heading when stopping at its end would leave a stub', () => {
    const page = 'Recovery. Small cement leaks are common on scans and mostly cause no harm, serious harm is rare, and some warning signs need a call to your team straight away.';
    const shown = sentenceExcerpt('<mark>Recovery</mark>. Small cement leaks', page);
    expect(shown).toMatch(/^<mark>Recovery<\/mark>\. Small cement leaks .* …$/);
    expect(shown.split(/\s+/)).toHaveLength(26);
  });

  it('end with "…" when the sentence is longer than the limit', () => {
    const shown = sentenceExcerpt('a balloon into the <mark>broken</mark> bone', content, 14);
    expect(shown).toBe('The doctor puts a balloon into the <mark>broken</mark> bone and then fills the space …');
  });

  it('show "…" before a match deep inside a very long sentence instead of dropping the match', () => {
    const long = `Intro. ${'word '.repeat(40)}then the <mark>cement</mark> sets.`.replace(/<\/?mark>/g, '');
    expect(sentenceExcerpt('then the <mark>cement</mark> sets.', long, 20)).toBe('… then the <mark>cement</mark> sets.');
  });

  it('are left alone when the excerpt is not in the page text', () => {
    expect(sentenceExcerpt('something <mark>else</mark>', content)).toBe('something <mark>else</mark>');
  });

  it('apply to the page excerpt and to every section excerpt of a result', () => {
    const shown = processSearchResult({
      url: '/x/',
      content,
      excerpt: 'go <mark>home</mark> the same day.',
      sub_results: [{ url: '/x/#how', title: 'How', excerpt: 'fills the space with bone <mark>cement</mark>, which' }],
    });
    expect(shown.excerpt).toBe('Most people go <mark>home</mark> the same day.');
    expect(shown.sub_results[0]!.excerpt).toMatch(/^The doctor puts/);
  });
});

describe('one search index per language', () => {
  it('indexes an English and a Spanish page into separate indexes, chosen by the page’s <html lang>', async () => {
    const site = mkdtempSync(join(tmpdir(), 'kg-search-'));
    try {
      const page = (lang: string, title: string, text: string) =>
        `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;
      mkdirSync(join(site, 'es', 'recuperacion'), { recursive: true });
      mkdirSync(join(site, 'recovery'), { recursive: true });
      writeFileSync(join(site, 'recovery', 'index.html'), page('en', 'Recovery', 'Most people go home the same day.'));
      writeFileSync(join(site, 'es', 'recuperacion', 'index.html'), page('es', 'Recuperación', 'La mayoría de las personas vuelve a casa el mismo día.'));
      const out = join(site, 'pagefind');
      const result = await runPagefind(site, out);
      expect(result).toEqual({ pages: 2, languages: ['en', 'es'] });
      const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as PagefindEntry & {
        languages: Record<string, { page_count: number }>;
      };
      expect(entry.languages.en!.page_count).toBe(1);
      expect(entry.languages.es!.page_count).toBe(1);
      // The engine in the browser loads the index of the page's language: its own meta file and WebAssembly.
      const files = readdirSync(out);
      expect(files).toContain(`pagefind.${entry.languages.es!.hash}.pf_meta`);
      expect(files).toContain(`pagefind.${entry.languages.en!.hash}.pf_meta`);
      // Pruning keeps both languages' engines.
      expect(unusedPagefindFiles(files, entry).filter((f) => /wasm\.(en|es)\./.test(f))).toEqual([]);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('Spanish search words', () => {
  it('drops Spanish articles, prepositions and question verbs, keeping the words that matter', () => {
    expect(processSearchTerm('¿Cuánto dura la recuperación?', 'es')).toBe('dura recuperación');
    expect(processSearchTerm('voy a estar despierto', 'es')).toBe('despierto');
    expect(processSearchTerm('nueva fractura después de la cifoplastia', 'es')).toBe('nueva fractura después cifoplastia');
    expect(processSearchTerm('qué es', 'es')).toBe('qué es');
  });
});
