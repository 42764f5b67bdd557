/**
 * Drives the site's own search box, as a reader does: open it with Control+K, type, and read the
 * results the Pagefind interface shows. Everything the box does to a query (dropping small words,
 * ranking) is therefore what the tests measure.
 */
import type { Page } from 'playwright-core';

export interface SearchResult {
  href: string;
  title: string;
  excerpt: string;
}

/** Opens the search dialog with the keyboard shortcut and waits for its text box to have focus. */
export async function openSearch(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.locator('#starlight__search input').waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.activeElement?.matches('#starlight__search input'));
}

/**
 * Types `query` into the open search box and returns the first `count` page-level results, once
 * the interface has finished searching for exactly this query.
 */
export async function searchFor(page: Page, query: string, count = 3): Promise<SearchResult[]> {
  const input = page.locator('#starlight__search input');
  await input.fill(query);
  await page.waitForFunction(
    (q) => {
      const message = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '';
      // "Searching for …..." ("Buscando …..." on a Spanish page) ends in dots until the results are in.
      return message.includes(q) && !/(\.\.\.|…)$/.test(message.trim());
    },
    query,
  );
  const items = page.locator('#starlight__search .pagefind-ui__results > li');
  const wanted = Math.min(count, await items.count());
  // Each result fills in its title and excerpt when its data has loaded, not always in order:
  // wait until each of the first `wanted` has its link, not just any `wanted` of them.
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('#starlight__search .pagefind-ui__results > li')]
        .slice(0, n)
        .filter((li) => li.querySelector(':scope > .pagefind-ui__result-inner > .pagefind-ui__result-title > a')).length >= n,
    wanted,
  );
  return page.evaluate((n) => {
    return [...document.querySelectorAll('#starlight__search .pagefind-ui__results > li')].slice(0, n).map((li) => ({
      href: li.querySelector(':scope > .pagefind-ui__result-inner > .pagefind-ui__result-title > a')?.getAttribute('href') ?? '',
      title: li.querySelector(':scope > .pagefind-ui__result-inner > .pagefind-ui__result-title')?.textContent?.trim() ?? '',
      excerpt: li.querySelector('.pagefind-ui__result-excerpt')?.textContent?.trim() ?? '',
    }));
  }, wanted);
}
