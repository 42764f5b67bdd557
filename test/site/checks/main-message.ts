/**
 * Is the page's main message on the first phone screen? The CDC Clear Communication Index asks
 * for one main message at the top, visible without scrolling. This opens nothing itself: call it
 * with a page already loaded at the phone size (PHONE_VIEWPORT) and scrolled to the top.
 *
 *   const { page } = await openPage(browser, url, { viewport: PHONE_VIEWPORT, isMobile: true, hasTouch: true });
 *   expect(await mainMessageOnFirstScreen(page)).toEqual({ ok: true, ... });
 */
import type { Page } from 'playwright-core';

export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

export interface MainMessagePlacement {
  /** True when the message box exists, is visible, and ends within the first screen. */
  ok: boolean;
  /** The message's text, or null when the page has none. */
  text: string | null;
  /** Where the box ends, in CSS px from the top of the page (scrolled to the top). */
  bottom: number | null;
  /** The height of the first screen it was measured against. */
  screen: number;
  /** Set when it is not ok: what a reader would notice. */
  problem?: string;
}

export async function mainMessageOnFirstScreen(page: Page): Promise<MainMessagePlacement> {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const screen = window.innerHeight;
    const box = document.querySelector('.main-message');
    if (!box) return { ok: false, text: null, bottom: null, screen, problem: 'the page has no main message' };
    const text = (box.textContent ?? '').replace(/\s+/g, ' ').trim();
    const rect = box.getBoundingClientRect();
    const style = getComputedStyle(box);
    if (rect.height === 0 || style.visibility === 'hidden' || style.display === 'none') {
      return { ok: false, text, bottom: null, screen, problem: 'the main message is hidden' };
    }
    const bottom = Math.round(rect.bottom + window.scrollY);
    return bottom <= screen
      ? { ok: true, text, bottom, screen }
      : { ok: false, text, bottom, screen, problem: `the main message ends at ${bottom} px, below the first ${screen} px` };
  });
}
