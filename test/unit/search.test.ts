import { describe, expect, it } from 'vitest';
import { searchAliases } from '../../src/lib/search-aliases';
import { ALIASES_META, STOP_WORDS, processSearchTerm, processSearchResult } from '../../src/lib/search-query';

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
