/**
 * Patients' own questions reach the right page. Every query in test/fixtures/search-queries.json
 * is typed into the real search box; the expected page must be among the first 3 results for at
 * least 90% of them. Prints the hit rate and every miss with what came up instead. Once the Spanish
 * edition is published, the Spanish queries (search-queries-es.json) are typed into the search box
 * of a Spanish page, which searches the Spanish index, and held to the same rate.
 *
 * The expected pages are the knowledge-base pages in src/config/pages.mjs, so on a branch without
 * them this test fails: that is the point, a search test that passes without content proves nothing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../../scripts/lib/browser';
import { openSearch, searchFor } from '../support/search';
import { SPANISH_EDITION_PUBLISHED } from '../../src/config/languages.mjs';

const baseUrl = inject('baseUrl');
const MIN_HIT_RATE = 0.9;
const TOP = 3;
const READERS = 3;
const QUERY_SETS = [
  { language: 'English', file: 'test/fixtures/search-queries.json', from: '/' },
  ...(SPANISH_EDITION_PUBLISHED ? [{ language: 'Spanish', file: 'test/fixtures/search-queries-es.json', from: '/es/' }] : []),
];
const querySet = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { queries: { q: string; expect: string }[] }).queries;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each(QUERY_SETS)('search answers patients’ questions ($language)', ({ file, from }) => {
  const queries = querySet(file);

  it('has a realistic query set: at least 25 distinct questions, each expecting a page that exists', () => {
    expect(queries.length).toBeGreaterThanOrEqual(25);
    expect(new Set(queries.map((q) => q.q.toLowerCase())).size, 'duplicate queries').toBe(queries.length);
    for (const { expect: path } of queries) expect(path, 'expected pages are site paths').toMatch(/^\/([a-z0-9-]+\/)*$/);
  });

  it(`puts the expected page in the top ${TOP} for at least ${MIN_HIT_RATE * 100}% of queries`, { timeout: 240_000 }, async () => {
    // A few readers at once, each typing a share of the queries: most of a search is waiting.
    const readers = await Promise.all(
      Array.from({ length: READERS }, async () => {
        const reader = await openPage(browser, `${baseUrl}${from}`, { viewport: { width: 1280, height: 900 } });
        await openSearch(reader.page);
        return reader;
      }),
    );
    const misses: string[] = [];
    await Promise.all(
      readers.map(async ({ page }, r) => {
        for (const { q, expect: expected } of queries.filter((_, i) => i % READERS === r)) {
          const top = await searchFor(page, q, TOP);
          if (!top.some((r) => r.href === expected)) {
            misses.push(`  "${q}" → expected ${expected}, got ${top.map((r) => r.href).join(', ') || 'no results'}`);
          }
        }
      }),
    );
    const problems = readers.flatMap((r) => r.problems.consoleErrors);
    await Promise.all(readers.map((r) => r.close()));
    misses.sort();
    const rate = (queries.length - misses.length) / queries.length;
    console.log(`\nSearch: ${queries.length - misses.length}/${queries.length} queries (${(rate * 100).toFixed(0)}%) have the expected page in the top ${TOP}.`);
    if (misses.length) console.log(`Misses:\n${misses.join('\n')}`);
    expect(problems, 'console errors').toEqual([]);
    expect(rate, `hit rate ${(rate * 100).toFixed(0)}%; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(MIN_HIT_RATE);
  });
});
