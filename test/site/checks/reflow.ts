/**
 * Reflow (WCAG 1.4.10, and large text on a phone): at a given CSS width, does the page fit?
 *
 * `reflowProblems(page, width)` narrows the viewport to `width` CSS px (320 is the WCAG reflow
 * width; 195 is a 390 px phone at 200% zoom), waits for layout, and returns what a reader would
 * notice, in words, one string per problem (empty when the page fits):
 *  - the page scrolls sideways (the document is wider than the window), naming the widest element;
 *  - an element sticks out past the window's left or right edge, outside any box that scrolls
 *    sideways on its own (a wide table inside a scrolling box is allowed: the page stays put);
 *  - text is cut off: a box that hides overflow is narrower than its content;
 *  - a heading or the site title breaks a word across two lines. Breaks after a hyphen or slash
 *    are fine. (Test Chromium has no hyphenation dictionaries, so any break it shows is a word
 *    split by overflow-wrap; the site does not use `hyphens: auto` in headings for that reason:
 *    on phones it would hyphenate words that fit.)
 * The viewport is left at `width`; callers that go on with the page set it back.
 */
import type { Page } from 'playwright-core';

/** How many elements of each kind to name; past that the message says how many more. */
const MAX_NAMED = 5;

export async function reflowProblems(page: Page, width: number): Promise<string[]> {
  const height = page.viewportSize()?.height ?? 844;
  await page.setViewportSize({ width, height });
  // Two frames: the resize's layout, then anything that reacts to it (resize observers, media queries).
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(
    ({ width, maxNamed }) => {
      const problems: string[] = [];
      const slack = 1; // sub-pixel rounding

      const describe = (el: Element): string => {
        const tag = el.tagName.toLowerCase();
        const id = el.id ? `#${el.id}` : '';
        const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        return `${tag}${id}${cls}${text ? ` "${text}"` : ''}`;
      };
      const named = (items: string[]) =>
        items.slice(0, maxNamed).join('; ') + (items.length > maxNamed ? `; and ${items.length - maxNamed} more` : '');

      /** Rendered and meant to be seen: not hidden, not the 1 px screen-reader-only pattern. */
      const shown = (el: Element): boolean => {
        if (!(el instanceof HTMLElement || el instanceof SVGElement)) return false;
        if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
        const r = el.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) return false;
        for (let a: Element | null = el; a; a = a.parentElement) {
          const s = getComputedStyle(a);
          if (s.clipPath.startsWith('inset(50%') || (s.position === 'absolute' && a.getBoundingClientRect().width <= 1)) return false;
        }
        return true;
      };
      const scrollsSideways = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
      const clips = (el: Element) => ['hidden', 'clip'].includes(getComputedStyle(el).overflowX);
      /** The nearest ancestor that scrolls or clips sideways (it, not the window, bounds the element). */
      const boundingBox = (el: Element): Element | null => {
        for (let a = el.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
          if (scrollsSideways(a) || clips(a)) return a;
        }
        return null;
      };

      // 1. The page itself scrolls sideways.
      const docWidth = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
      const all = [...document.body.querySelectorAll('*')];
      const sticking = all.filter((el) => {
        if (boundingBox(el) || !shown(el)) return false;
        const r = el.getBoundingClientRect();
        return r.right > width + slack || r.left < -slack;
      });
      // Name the innermost ones: the element that is too wide, not every box around it.
      const innermost = sticking.filter((el) => !sticking.some((other) => other !== el && el.contains(other)));
      // Text can run out of its box (a long word, a long address) without the box growing.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.textContent?.trim() || innermost.includes(parent) || boundingBox(parent) || !shown(parent)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const r = range.getBoundingClientRect();
        if (r.right > width + slack || r.left < -slack) innermost.push(parent);
      }
      if (docWidth > width + slack) {
        // What reaches the far edge, hidden or not: screen-reader-only text placed absolutely can
        // widen a page without showing. The deepest such element is the one to fix.
        // Fixed boxes (the header) stretch with the widened page, so they are not the cause.
        const fixed = (el: Element) => { for (let a: Element | null = el; a; a = a.parentElement) if (getComputedStyle(a).position === 'fixed') return true; return false; };
        const reaching = all.filter((el) => el.getBoundingClientRect().right + scrollX >= docWidth - slack && !fixed(el));
        const widest = reaching.find((el) => !reaching.some((other) => other !== el && el.contains(other))) ?? innermost[0];
        problems.push(`the page scrolls sideways: it is ${docWidth} px wide in a ${width} px window${widest ? ` (widest: ${describe(widest)})` : ''}`);
      }
      if (innermost.length) {
        problems.push(
          `sticks out of the ${width} px window: ${named(innermost.map((el) => {
            const r = el.getBoundingClientRect();
            return `${describe(el)} (${Math.round(r.left)} to ${Math.round(r.right)} px)`;
          }))}`,
        );
      }

      // 2. Text cut off by a box that hides what does not fit.
      const cut = all.filter((el) => {
        if (!clips(el) || !shown(el) || !(el instanceof HTMLElement)) return false;
        if (el.scrollWidth <= el.clientWidth + slack) return false;
        // Only boxes whose hidden part holds text or a control matter to a reader.
        const box = el.getBoundingClientRect();
        const right = box.left + el.clientLeft + el.clientWidth;
        return [...el.querySelectorAll('*'), el].some((inner) => {
          if (inner !== el && !shown(inner)) return false;
          const hasText = [...inner.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
          if (!hasText && !inner.matches('a, button, input, select, img, svg')) return false;
          const r = inner === el ? null : inner.getBoundingClientRect();
          if (r) return r.right > right + slack;
          const range = document.createRange();
          range.selectNodeContents(inner);
          return range.getBoundingClientRect().right > right + slack;
        });
      });
      if (cut.length) problems.push(`text cut off at ${width} px: ${named(cut.map(describe))}`);

      // 3. Headings and the site title that break a word across lines.
      const broken: string[] = [];
      for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6, .site-title')) {
        if (!shown(heading)) continue;
        const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          // Words are what lies between spaces, hyphens, dashes and slashes (breaks there are fine).
          for (const match of text.matchAll(/[^\s\-‐–—/]+/g)) {
            if (match[0].length < 2) continue;
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (tops.size > 1) broken.push(`"${match[0]}" in ${describe(heading)}`);
          }
        }
      }
      if (broken.length) problems.push(`words broken across lines at ${width} px: ${named(broken)}`);
      return problems;
    },
    { width, maxNamed: MAX_NAMED },
  );
}
