/**
 * axe-core on every page, in the light and the dark theme, against WCAG 2.0, 2.1 and 2.2 A and AA.
 * Nothing is excluded: stock Starlight's search-button label problem is fixed in our Search override.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, sitemapPaths } from '../support/browser';

const baseUrl = inject('baseUrl');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each(['light', 'dark'] as const)('axe, %s theme', (colorScheme) => {
  it.each(sitemapPaths())('%s has no violations', async (path) => {
    // Desktop width shows the search label and the sidebar; the mobile layout is covered below.
    const { page, close } = await openPage(browser, baseUrl + path, { colorScheme, viewport: { width: 1280, height: 900 } });
    expect(await page.getAttribute('html', 'data-theme')).toBe(colorScheme);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    await close();
    const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(summary).toEqual([]);
  });
});

describe('axe, phone layout', () => {
  it.each(['/', '/about/editorial-policy/'])('%s has no violations at 390 px wide', async (path) => {
    const { page, close } = await openPage(browser, baseUrl + path, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    await close();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
});
