/**
 * Large text and narrow screens (WCAG 1.4.10): pages fit 320 CSS px and 195 CSS px (a 390 px
 * phone at 200% zoom) without sideways scrolling, cut-off text or words split across lines in
 * headings. every-page.test.ts runs reflowProblems() (test/site/checks/reflow.ts) on every page;
 * this file shows the check catches each kind of problem.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { reflowProblems } from './checks/reflow';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('the reflow check is not fooled', () => {
  // The long word and the heading are far wider than 320 px in any font: with Liberation Serif
  // (what Chromium uses for Times New Roman where it is installed) the 45-letter word alone fit
  // the line, and the check rightly found nothing.
  const cases: [string, string, RegExp][] = [
    ['a box wider than the window', '<div style="width:500px">wide</div>', /scrolls sideways: it is 508 px wide.*widest: div "wide"/],
    ['a word longer than the line', '<p>pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopic</p>', /sticks out.*"pneumono/],
    ['text cut off by its box', '<div style="width:100px;overflow:hidden;white-space:nowrap">cut off text that is long</div>', /text cut off/],
    ['a heading word split across lines', '<h1 style="font-size:64px;overflow-wrap:anywhere">Neurosurgeons</h1>', /words broken.*"Neurosurgeons"/],
    ['screen-reader text that widens the page', '<div style="overflow:auto"><div style="width:900px"><span style="position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)">hidden</span>x</div></div><span style="position:absolute;left:600px;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)">far</span>', /scrolls sideways/],
  ];
  it.each(cases)('catches %s', async (_what, body, expected) => {
    const page = await browser.newPage(PHONE);
    await page.setContent(`<!doctype html><meta name="viewport" content="width=device-width"><body style="margin:8px">${body}</body>`);
    expect((await reflowProblems(page, 320)).join('\n')).toMatch(expected);
    await page.close();
  });

  it('allows a wide table that scrolls inside its own box', async () => {
    const page = await browser.newPage(PHONE);
    await page.setContent(
      '<!doctype html><meta name="viewport" content="width=device-width"><body><div style="overflow-x:auto"><table><tr><td style="min-width:900px">wide</td></tr></table></div><h2>Short heading</h2></body>',
    );
    expect(await reflowProblems(page, 195)).toEqual([]);
    await page.close();
  });
});

// Every page at 320 and 195 CSS px: every-page.test.ts (test/site/visit.ts calls reflowProblems).
