/**
 * axe-core on the phone layout, against WCAG 2.0, 2.1 and 2.2 A and AA. Every page is checked at
 * desktop width in both themes by every-page.test.ts; the phone layout (menu button, no sidebar)
 * is the same on every page, so two pages stand for it here. Nothing is excluded: stock
 * Starlight's search-button label problem is fixed in our Search override.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../../scripts/lib/browser';
import { axeSummary, axeViolations } from '../support/axe';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('axe, phone layout', () => {
  it.each(['/', '/about/editorial-policy/'])('%s has no violations at 390 px wide', async (path) => {
    const { page, close } = await openPage(browser, baseUrl + path, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const violations = await axeViolations(page);
    await close();
    expect(axeSummary(violations)).toEqual([]);
  });
});
