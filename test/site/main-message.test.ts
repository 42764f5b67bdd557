/**
 * The main message is on the first phone screen (390 × 844), on the pages where a frightened
 * reader most often lands. The lead wires mainMessageOnFirstScreen into the per-page visit
 * (test/site/visit.ts); until then this checks the six pages the clear-communication review rated.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../../scripts/lib/browser';
import { PHONE_VIEWPORT, mainMessageOnFirstScreen } from './checks/main-message';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('the main message is on the first 390 × 844 phone screen', () => {
  it.each([
    '/',
    '/understanding/is-it-right-for-me/',
    '/understanding/risks/',
    '/procedure/recovery/',
    '/choosing-a-provider/questions-to-ask/',
    '/handouts/after-your-kyphoplasty/',
    '/understanding/evidence/',
  ])('%s', async (path) => {
    const { page, close } = await openPage(browser, baseUrl + path, { viewport: PHONE_VIEWPORT, isMobile: true, hasTouch: true });
    const placement = await mainMessageOnFirstScreen(page);
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${path.replace(/\W+/g, '_') || 'home'}.png` });
    await close();
    expect(placement.problem).toBeUndefined();
    expect(placement.ok).toBe(true);
  });
});
