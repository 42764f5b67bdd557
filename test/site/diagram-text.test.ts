/**
 * The drawings' words fit (checks/diagram-text.ts): every-page.test.ts runs the check on every
 * page, in both languages; this file shows it catches a label wider than its box and one past
 * the drawing's edge, and passes one that fits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { diagramTextProblems } from './checks/diagram-text';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const drawing = (label: string, x = 150) =>
  `<main><svg viewBox="0 0 300 100" width="300" height="100"><title>Test drawing</title><rect x="100" y="10" width="100" height="60"></rect><text x="${x}" y="45" text-anchor="middle" style="font-size:15px">${label}</text></svg></main>`;

describe('the drawing-words check is not fooled', () => {
  it.each([
    ['a label wider than its box', drawing('Residencia de cirugía ortopédica'), /"Residencia de cirugía ortopédica" is wider than its box in "Test drawing"/],
    ['a label past the edge of the drawing', drawing('Años después de la escuela', 290), /reaches past the edge of "Test drawing"/],
  ])('catches %s', async (_what, body, expected) => {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><body>${body}</body>`);
    expect((await diagramTextProblems(page)).join('\n')).toMatch(expected);
    await page.close();
  });

  it('passes a label that fits', async () => {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><body>${drawing('1 año')}</body>`);
    expect(await diagramTextProblems(page)).toEqual([]);
    await page.close();
  });
});
