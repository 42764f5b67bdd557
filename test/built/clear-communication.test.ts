/**
 * Clear communication (issue 16), as built: every knowledge-base page, every handout and the home
 * page states one main message, set apart at the top of the content, and carries a captioned
 * picture (a <figure> with a drawing and a <figcaption>) that a reader can take in at a glance.
 * Whether the message is on the first phone screen is a browser check:
 * test/site/checks/main-message.ts.
 */
import { describe, expect, it } from 'vitest';
import { contentPages } from '../../src/config/pages.mjs';
import { shortLinks } from '../../src/config/short-links.mjs';
import { builtHtml } from '../support/dist';

const handouts = shortLinks.filter((l) => l.handout).map((l) => l.to);
const pages = ['/', ...contentPages.map((p) => `/${p.slug}/`), ...handouts];

/**
 * Pages still waiting for their picture, each with the reason. The last test below fails as soon
 * as one gets a picture, so this list can only shrink.
 */
const AWAITING_PICTURE: Record<string, string> = {};

/** The content area of a built page: what the author wrote plus the boxes added around it. */
const content = (html: string) => /<div class="sl-markdown-content">([\s\S]*)/.exec(html)?.[1] ?? '';

/**
 * Figures with a drawing and a caption that says something. A drawing is either one named image
 * (role="img" with a name) or symbols hidden from screen readers beside real text (the chart of
 * when to get help).
 */
function captionedPictures(html: string): string[] {
  return [...content(html).matchAll(/<figure\b[^>]*>([\s\S]*?)<\/figure>/g)]
    .map((m) => m[1]!)
    .filter((inner) => (/<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>/.exec(inner)?.[1] ?? '').replace(/<[^>]+>/g, '').trim().length > 20)
    .filter((inner) => /<svg\b[^>]*(role="img"[^>]*aria-label(ledby)?="[^"]+"|aria-hidden="true")/.test(inner));
}

describe('every knowledge-base page, handout and the home page', () => {
  it('covers all the pages the issue names', () => expect(pages.length).toBeGreaterThanOrEqual(29));

  it.each(pages)('%s states one main message, before the key points', (path) => {
    const html = content(builtHtml(path));
    const message = /<p class="main-message"[^>]*>([\s\S]*?)<\/p>/.exec(html);
    expect(message, 'a main message').not.toBeNull();
    const text = message![1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
    expect(text.length).toBeGreaterThan(40);
    expect(html.indexOf('class="main-message"')).toBeLessThan(html.indexOf('class="key-points"'));
  });

  it.each(pages.filter((p) => !(p in AWAITING_PICTURE)))('%s has a captioned picture', (path) => {
    expect(captionedPictures(builtHtml(path)).length).toBeGreaterThanOrEqual(1);
  });

  it.each(Object.keys(AWAITING_PICTURE))('%s is still waiting for its picture (remove it from the list when it has one)', (path) => {
    expect(captionedPictures(builtHtml(path))).toEqual([]);
  });

  it('every data-drawn picture has a title and a description naming its text', () => {
    for (const path of pages) {
      for (const m of builtHtml(path).matchAll(/<figure class="kg-diagram">([\s\S]*?)<\/figure>/g)) {
        const svg = m[1]!;
        const [, ids] = /aria-labelledby="([^"]+)"/.exec(svg) ?? [];
        for (const id of (ids ?? '').split(' ')) expect(svg, `${path}: #${id}`).toMatch(new RegExp(`id="${id}">\\s*\\S`));
        const desc = /<desc[^>]*>([\s\S]*?)<\/desc>/.exec(svg)?.[1] ?? '';
        for (const t of svg.matchAll(/<text[^>]*>([^<]+)<\/text>/g)) {
          for (const word of t[1]!.split(/\s+/).filter((w) => w.length > 3)) expect(desc, `${path}: "${word}" is in the description`).toContain(word.replace(/[.,;:]$/, ''));
        }
      }
    }
  });
});
