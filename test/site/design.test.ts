/**
 * The older-reader design rules, measured in the browser: text size, contrast, tap targets,
 * visible focus, and definitions that open without a mouse.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../../scripts/lib/browser';

const baseUrl = inject('baseUrl');
const PAGE = '/about/editorial-policy/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** WCAG contrast ratio between each paragraph's text colour and the page background. */
async function lowestBodyContrast(page: Page): Promise<{ ratio: number; sample: string }> {
  return page.evaluate(() => {
    const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const ch = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
    };
    const background = (el: Element | null): number[] => {
      for (; el; el = el.parentElement) {
        const bg = getComputedStyle(el).backgroundColor;
        if (bg && !bg.startsWith('rgba(0, 0, 0, 0)') && bg !== 'transparent') return parse(bg);
      }
      return [255, 255, 255];
    };
    let lowest = { ratio: Infinity, sample: '' };
    for (const el of document.querySelectorAll('main p, main li, main p a, main li a')) {
      const fg = lum(parse(getComputedStyle(el).color));
      const bg = lum(background(el));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (ratio < lowest.ratio) lowest = { ratio, sample: (el.textContent ?? '').slice(0, 40) };
    }
    return lowest;
  });
}

describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
  it('body text is at least 18 px with a line height of at least 1.5', async () => {
    const { page, close } = await openPage(browser, baseUrl + PAGE, { colorScheme });
    const style = await page.locator('main .sl-markdown-content > p').first().evaluate((p) => {
      const s = getComputedStyle(p);
      return { size: parseFloat(s.fontSize), lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize) };
    });
    await close();
    expect(style.size).toBeGreaterThanOrEqual(18);
    expect(style.lineHeight).toBeGreaterThanOrEqual(1.5);
  });

  it('body text and links have a contrast of at least 7:1', async () => {
    const { page, close } = await openPage(browser, baseUrl + PAGE, { colorScheme });
    const { ratio, sample } = await lowestBodyContrast(page);
    await close();
    expect(ratio, `lowest contrast ${ratio.toFixed(2)} at "${sample}"`).toBeGreaterThanOrEqual(7);
  });
});

describe.each([
  ['desktop', { viewport: { width: 1280, height: 900 } }],
  ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
] as const)('%s layout', (_name, options) => {
  it('every visible control outside running text is at least 44 × 44 px', async () => {
    const { page, close } = await openPage(browser, baseUrl + PAGE, options);
    const small = await page.evaluate(() => {
      const inText = (el: Element) => el.closest('p, li:not(.sidebar-content li), dd, td, figcaption, .key-points') && el.tagName === 'A';
      return [...document.querySelectorAll('a[href], button, select, input, summary')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !inText(el) && !el.closest('.term');
        })
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.height < 43.5 || r.width < 43.5)
        .map(({ el, r }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    });
    await close();
    expect(small).toEqual([]);
  });
});

describe('keyboard', () => {
  it('shows a clearly visible focus ring', async () => {
    const { page, close } = await openPage(browser, baseUrl + PAGE);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { width: parseFloat(s.outlineWidth), style: s.outlineStyle };
    });
    await close();
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  it('opens a glossary definition with the keyboard, and closes it with Escape', async () => {
    const { page, close } = await openPage(browser, baseUrl + PAGE);
    const term = page.locator('main .term-button').first();
    await term.focus();
    await page.keyboard.press('Enter');
    const popover = page.locator('main .term-popover').first();
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(await popover.innerText()).toMatch(/\w+.*:.{10,}/);
    await page.keyboard.press('Escape');
    await expect.poll(() => popover.isVisible()).toBe(false);
    await close();
  });
});
