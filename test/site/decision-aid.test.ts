/**
 * The decision aid, "Weighing your options", as a patient on a phone uses it: answered by
 * keyboard only, found again after a reload, the summary printed on one page with its QR code,
 * the handout on at most two pages, and the whole worksheet there with JavaScript off. Also: saved
 * data that cannot be read is left untouched, and answers saved in another tab show up here.
 * (axe in both themes, privacy, weight and metadata: every-page.test.ts visits this page too.)
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { DECISION_AID_PATH } from '../../src/config/tools.mjs';
import { AID_STORAGE_KEY, readAidText } from '../../src/lib/decision-aid/codec';
import { STATEMENTS, SURE_ITEMS } from '../../src/lib/decision-aid/model';
import { reflowProblems } from './checks/reflow';

const baseUrl = inject('baseUrl');
const URL_ = baseUrl + DECISION_AID_PATH;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function fresh(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ ...PHONE, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { context, page, errors };
}
async function open(page: Page) {
  await page.goto(URL_);
  await page.locator('kg-decision-aid[data-ready]').waitFor();
}
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), AID_STORAGE_KEY);
/** Pages in a PDF, counted from its page objects. */
const pdfPages = (pdf: Buffer) => [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page(?![A-Za-z])/g)].length;

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (el: { name: string; value: string; act: string; tag: string }) => boolean) {
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement;
      return { name: a.name ?? '', value: a.value ?? '', act: a.dataset?.act ?? '', tag: a.tagName };
    });
    if (matches(el)) return el;
  }
  throw new Error('never reached by Tab');
}

describe('weighing your options, on a phone', () => {
  it('is answered by keyboard, says it is saved, keeps the summary up to date, and finds the answers after a reload', async () => {
    const { context, page, errors } = await fresh();
    await open(page);
    expect(await stored(page), 'nothing saved before the patient answers').toBeNull();

    // Each statement: Tab into its group (lands on the first answer), then arrow down to choose.
    const downs = [0, 1, 2, 3, 0, 1];
    for (const [i, s] of STATEMENTS.entries()) {
      await tabTo(page, (el) => el.name === `aid-${s.id}`);
      if (downs[i]) for (let d = 0; d < downs[i]!; d++) await page.keyboard.press('ArrowDown');
      else await page.keyboard.press('Space');
    }
    // SURE: yes, yes, yes, no.
    for (const [i, item] of SURE_ITEMS.entries()) {
      await tabTo(page, (el) => el.name === `aid-sure-${item.id}`);
      if (i === 3) await page.keyboard.press('ArrowRight');
      else await page.keyboard.press('Space');
    }
    await tabTo(page, (el) => el.tag === 'TEXTAREA');
    await page.keyboard.type('How long will the pain last if I wait?');

    const saved = readAidText((await stored(page))!);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.state.matters).toEqual({ 'quick-relief': 'a-lot', 'avoid-procedure': 'some', 'cement-worry': 'a-little', 'hospital-stay': 'not-at-all', 'fewer-painkillers': 'a-lot', cost: 'some' });
    expect(saved.state.sure).toEqual({ sure: 'yes', understand: 'yes', 'risk-benefit': 'yes', encouragement: 'no' });
    expect(saved.state.questions).toBe('How long will the pain last if I wait?');
    expect(await page.locator('[data-status]').innerText()).toBe('Your answers are saved on this device only.');

    const summary = page.locator('.aid-summary [data-out]');
    const text = await summary.innerText();
    expect(text).toContain('Getting relief from pain quickly. Matters a lot to me. Leans toward kyphoplasty or vertebroplasty.');
    expect(text).toContain('Avoiding a procedure if I can. Matters some. Leans toward care without a procedure.');
    expect(text).toContain('Worry about cement leaking outside the bone. Matters a little. Does not lean toward any option.');
    expect(text).toContain('Encouragement: No');
    expect(text).toContain('How long will the pain last if I wait?');
    expect(text, 'never a total or a recommendation').not.toMatch(/total|recommend|best option|you should/i);
    // Three "yes" of four: the next steps are shown.
    expect(await page.locator('[data-next]').isVisible()).toBe(true);
    expect(await page.locator('[data-live]').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('[data-live]').innerText()).toMatch(/Summary updated/);

    await page.reload();
    await page.locator('kg-decision-aid[data-ready]').waitFor();
    expect(await page.locator('input[name="aid-hospital-stay"][value="not-at-all"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="aid-sure-encouragement"][value="no"]').isChecked()).toBe(true);
    expect(await page.locator('textarea[data-questions]').inputValue()).toBe('How long will the pain last if I wait?');
    expect(await summary.innerText()).toBe(text);
    expect(errors).toEqual([]);

    // Print my summary: one page, with the QR code back to the page; the worksheet stays off the paper.
    // About the width of a Letter page inside its margins, so the print layout matches paper.
    await page.setViewportSize({ width: 720, height: 900 });
    await page.evaluate(() => (window.print = () => {}));
    await tabTo(page, (el) => el.act === 'print');
    await page.keyboard.press('Enter');
    expect(await page.locator('kg-decision-aid').getAttribute('data-print')).toBe('summary');
    await page.locator('.aid-qr').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => (document.querySelector('.aid-qr') as HTMLImageElement)?.complete);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.aid-summary').isVisible()).toBe(true);
    expect(await page.locator('.aid-qr').isVisible()).toBe(true);
    expect(await page.locator('.aid-qr').evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true);
    for (const sel of ['.aid-sheet', '.key-points', '.aid-tools', 'table']) expect(await page.locator(sel).first().isVisible(), sel).toBe(false);
    for (const format of ['Letter', 'A4'] as const) {
      // Each print ends with "afterprint", which puts the page back: press the button again (on screen).
      await page.emulateMedia({ media: 'screen' });
      await page.locator('[data-act=print]').focus();
      await page.keyboard.press('Enter');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('kg-decision-aid').getAttribute('data-print')).toBe('summary');
      const pages = pdfPages(await page.pdf({ format }));
      console.log(`Printed summary on ${format}: ${pages} page(s)`);
      expect(pages, format).toBe(1);
    }
    expect(await page.locator('kg-decision-aid').getAttribute('data-print'), 'after printing, the page is the worksheet again').toBeNull();
    await context.close();
  });

  it('fits 320 and 195 CSS px with every answer given and a long question typed', async () => {
    const { context, page } = await fresh();
    await open(page);
    // Every answer that makes the summary longest, and a question with a word longer than the line.
    for (const s of STATEMENTS) await page.locator(`input[name="aid-${s.id}"][value="not-at-all"]`).check();
    for (const item of SURE_ITEMS) await page.locator(`input[name="aid-sure-${item.id}"][value="no"]`).check();
    await page.locator('textarea[data-questions]').fill(`What about https://example.org/${'a'.repeat(80)} and recovery?`);
    expect(await page.locator('.aid-summary').isVisible()).toBe(true);
    expect(await reflowProblems(page, 320), 'at 320 px').toEqual([]);
    expect(await reflowProblems(page, 195), 'at 195 px').toEqual([]);
    await context.close();
  });

  it('prints the handout on at most two pages, Letter and A4', async () => {
    const { context, page } = await fresh();
    await page.goto(`${baseUrl}/handouts/weighing-your-options/`);
    await page.waitForLoadState('networkidle');
    for (const format of ['Letter', 'A4'] as const) {
      const pages = pdfPages(await page.pdf({ format }));
      console.log(`Handout on ${format}: ${pages} page(s)`);
      expect(pages, format).toBeLessThanOrEqual(2);
    }
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.aid-q').count()).toBe(STATEMENTS.length + SURE_ITEMS.length);
    expect(await page.locator('.handout-footer img.handout-qr').isVisible()).toBe(true);
    await context.close();
  });

  it('with JavaScript off, is the full paper worksheet', async () => {
    const { context, page } = await fresh({ javaScriptEnabled: false });
    await page.goto(URL_);
    expect(await page.locator('.aid-paper').isVisible()).toBe(true);
    expect(await page.locator('.aid-q').count()).toBe(STATEMENTS.length + SURE_ITEMS.length);
    for (const s of STATEMENTS) {
      const group = page.locator(`fieldset[data-s="${s.id}"]`);
      expect(await group.isVisible(), s.id).toBe(true);
      expect(await group.locator('input[type=radio]').count()).toBe(4);
      // The leaning is printed next to every answer.
      expect(await group.locator('label').first().innerText()).toMatch(/Leans toward|Does not lean/);
    }
    expect(await page.locator('textarea[data-questions]').isVisible()).toBe(true);
    expect(await page.locator('[data-next]').isVisible(), 'next steps are on the paper').toBe(true);
    expect(await page.locator('.aid-summary').count(), 'no summary without the script').toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('fieldset[data-s="cost"]').isVisible()).toBe(true);
    expect(await page.locator('.aid-lines').isVisible(), 'lines to write questions on').toBe(true);
    await context.close();
  });

  it('leaves unreadable saved data untouched and says so', async () => {
    const { context, page } = await fresh();
    await page.goto(URL_);
    await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"matters":'), AID_STORAGE_KEY);
    await open(page);
    const banner = page.locator('[data-banner=corrupt]');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.innerText()).toContain('It is cut off or damaged.');
    await page.locator('input[name="aid-cost"][value="a-lot"]').check();
    expect(await stored(page)).toBe('{"v":1,"matters":');
    expect(await page.locator('[data-status]').innerText(), 'never says saved when it was not').toBe('');
    await context.close();
  });

  it('shows answers saved in another tab', async () => {
    const { context, page } = await fresh();
    await open(page);
    const other = await context.newPage();
    await other.goto(URL_);
    await other.locator('kg-decision-aid[data-ready]').waitFor();
    await other.locator('input[name="aid-cost"][value="a-lot"]').check();
    await expect.poll(() => page.locator('input[name="aid-cost"][value="a-lot"]').isChecked()).toBe(true);
    expect(await page.locator('.aid-summary [data-out]').innerText()).toContain('What it costs me. Matters a lot to me.');
    await context.close();
  });
});
