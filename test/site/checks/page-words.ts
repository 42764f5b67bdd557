/**
 * The words a reader sees on a page, read from the page as it renders (JavaScript off): every
 * visible paragraph, list item, heading, caption, table cell, label and button in <main>, and
 * each drawing's title, description and labels (its <text> joined, as a reader takes them in).
 * For the "no silent English" check on Spanish pages (issue 11): the MDX check
 * (src/lib/language-check.ts) sees only the words a page passes to its components, not the
 * words a component writes itself. Titles of works (<cite>), code, web addresses and anything
 * marked in another language (lang="en") are left out: a source keeps its original title.
 */
import type { Page } from 'playwright-core';

export async function pageWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return [];
    const lang = document.documentElement.lang;
    const own = (el: Element) => (el.closest('[lang]')?.getAttribute('lang') ?? lang) === lang;
    /** Its text without titles of works or passages in another language. */
    const words = (el: Element) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('cite, code, [lang]').forEach((c) => c.replaceWith(' '));
      // Web addresses are not words in any language.
      return (copy.textContent ?? '').replace(/\bhttps?:\/\/\S+/g, ' ').replace(/\s+/g, ' ').trim();
    };
    const out: string[] = [];
    for (const el of main.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, figcaption, caption, th, td, dt, dd, summary, legend, label, button')) {
      if (own(el) && el.checkVisibility()) out.push(words(el));
    }
    for (const svg of main.querySelectorAll('svg')) {
      if (!own(svg) || !svg.checkVisibility()) continue;
      for (const el of svg.querySelectorAll(':scope > title, :scope > desc')) out.push(words(el));
      out.push([...svg.querySelectorAll('text')].map((t) => t.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim());
    }
    return out.filter(Boolean);
  });
}
