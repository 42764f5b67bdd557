/**
 * Page-weight budgets, on every page and the 404 page, as a phone first loads them from nginx
 * (see test/support/budgets.ts for the numbers and test/support/weigh.ts for how bytes are
 * counted). `npm run bench` prints the same measurements as a table.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, MISSING_PATH, pagePaths } from '../support/browser';
import { checkBudgets, SCORER_PATH, type BudgetCheck } from '../support/budgets';
import { weighPage, type PageWeight } from '../support/weigh';

const baseUrl = inject('baseUrl');
const paths = pagePaths();
let checks: BudgetCheck[] = [];
let pages: PageWeight[] = [];

beforeAll(async () => {
  const browser = await launchBrowser();
  try {
    for (const path of paths) pages.push(await weighPage(browser, baseUrl, path));
  } finally {
    await browser.close();
  }
  checks = checkBudgets(pages);
});
afterAll(() => {
  pages = [];
});

const describeChecks = (path: string) =>
  checks
    .filter((c) => c.path === path && !c.ok)
    .map((c) => `${c.what}: ${c.value.toLocaleString('en-US')} > ${c.limit.toLocaleString('en-US')} bytes`);

describe('page-weight budgets', () => {
  it.each(paths)('%s stays within every budget', (path) => {
    expect(checks.filter((c) => c.path === path).length, 'measured').toBeGreaterThanOrEqual(4);
    expect(describeChecks(path)).toEqual([]);
  });

  it('the 404 page is weighed as readers get it, with status 404', () => {
    expect(pages.find((p) => p.path === MISSING_PATH)?.status).toBe(404);
  });

  it.skipIf(!paths.includes(SCORER_PATH))('the question scorer adds at most 8 KB of JavaScript', () => {
    const extra = checks.find((c) => c.path === SCORER_PATH && c.what === 'scorer extra JS');
    expect(extra?.ok, `${extra?.value} bytes`).toBe(true);
  });

  it('no page loads search code before a reader reaches for search', () => {
    const urls = pages.flatMap((p) => p.resources.map((r) => new URL(r.url).pathname));
    expect(urls.filter((u) => /pagefind|ui-core|search-ui/.test(u))).toEqual([]);
  });
});
