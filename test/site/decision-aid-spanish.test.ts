/**
 * The decision aid as a Spanish reader meets it on /es/understanding/weighing-your-options/: the
 * worksheet, the messages, the saved status and the summary in Spanish, with JavaScript on and
 * off, and no English left anywhere in the tool (src/lib/language-check.ts, plus every English
 * sentence of words.ts looked for by name). Also: the script ships no words in either language
 * (they come in the page's data-words), and the Spanish summary prints on one page.
 * Runs only once the Spanish edition is published (SPANISH_EDITION_PUBLISHED): before that the
 * Spanish pages are not built. The English aid is test/site/decision-aid.test.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { SPANISH_EDITION_PUBLISHED } from '../../src/config/languages.mjs';
import { DECISION_AID_PATH } from '../../src/config/tools.mjs';
import { AID_WORDS } from '../../src/components/decision-aid/words';
import { AID_STORAGE_KEY } from '../../src/lib/decision-aid/codec';
import { STATEMENTS, SURE_ITEMS } from '../../src/lib/decision-aid/model';
import { englishPassages } from '../../src/lib/language-check';

const baseUrl = inject('baseUrl');
const URL_ = `${baseUrl}/es${DECISION_AID_PATH}`;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const es = AID_WORDS.es;

/** Every English sentence the aid can show, long enough not to be a word both languages share ("No"). */
const englishSentences = (function all(value: unknown): string[] {
  if (typeof value === 'string') return value.trim().length >= 12 && !value.startsWith('/') && !value.endsWith('.json') ? [value.trim()] : [];
  return Object.values(value as object).flatMap(all);
})(AID_WORDS.en);

let browser: Browser;
beforeAll(async () => {
  if (SPANISH_EDITION_PUBLISHED) browser = await launchBrowser();
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

/**
 * Everything the tool says, shown or not yet shown: the text of each block (hidden messages
 * included, so a message that only appears after a fault is judged too), and its alt texts and
 * aria labels. One passage per block, as a reader reads them.
 */
const toolPassages = (page: Page) =>
  page.locator('kg-decision-aid').evaluate((aid) => {
    const blocks = [...aid.querySelectorAll('h2, h3, p, li, legend, label, button')].map((el) => el.textContent ?? '');
    const attributes = [...aid.querySelectorAll('[alt], [aria-label], [title], [placeholder]')].flatMap((el) =>
      ['alt', 'aria-label', 'title', 'placeholder'].map((name) => el.getAttribute(name) ?? ''),
    );
    return [...blocks, ...attributes].map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  });

/** What a Spanish reader must never meet in the tool: English prose, or any English sentence of the aid. */
async function expectNoEnglish(page: Page) {
  const passages = await toolPassages(page);
  expect(passages.length, 'the tool has text to judge').toBeGreaterThan(20);
  expect(englishPassages(passages)).toEqual([]);
  const all = passages.join('\n');
  for (const sentence of englishSentences) expect(all, 'English left in the Spanish aid').not.toContain(sentence);
}

describe.runIf(SPANISH_EDITION_PUBLISHED)('the decision aid in Spanish', () => {
  it('speaks Spanish with JavaScript on: the worksheet, the saved status, the summary and what it says after a change', async () => {
    const { context, page, errors } = await fresh();
    await open(page);
    expect(await page.locator('#aid-summary-heading').innerText()).toBe(es.tool.summaryHeading);
    expect(await page.locator('[data-act=print]').innerText()).toBe(es.tool.print);
    expect(await page.locator('.aid-qr').getAttribute('alt')).toMatch(/^Código QR de .+\/go\/comparar\/$/);

    await page.locator('input[name="aid-cost"][value="a-lot"]').check();
    await page.locator('input[name="aid-quick-relief"][value="some"]').check();
    for (const [i, item] of SURE_ITEMS.entries()) await page.locator(`input[name="aid-sure-${item.id}"][value="${i === 3 ? 'no' : 'yes'}"]`).check();
    await page.locator('textarea[data-questions]').fill('¿Cuánto dura el dolor si espero?');

    expect(await page.locator('[data-status]').innerText()).toBe('Sus respuestas están guardadas solo en este dispositivo.');
    expect(await page.evaluate((key) => localStorage.getItem(key), AID_STORAGE_KEY), 'saved when it says so').not.toBeNull();
    const summary = await page.locator('.aid-summary [data-out]').innerText();
    expect(summary).toContain('Aliviar pronto el dolor. Me importa algo. Apunta a cifoplastia o vertebroplastia.');
    expect(summary).toContain('Lo que me cuesta. Me importa mucho. No apunta a ninguna opción.');
    expect(summary).toContain('Apoyo: No');
    expect(summary).toContain('Certeza: Sí');
    expect(summary).toContain('Respondió “sí” a 3 de las 4 preguntas.');
    expect(summary, 'never a total or a recommendation').not.toMatch(/total|recomend|la mejor opción|usted debe/i);
    // Three "yes" of four: the next steps are shown, in Spanish.
    expect(await page.locator('[data-next] h3').innerText()).toBe(es.sheet.nextHeading);
    expect(await page.locator('[data-next] a').getAttribute('href')).toBe('/es/choosing-a-provider/questions-to-ask/');

    await page.locator('[data-act=clear]').click();
    expect(await page.locator('[data-live]').innerText()).toBe(es.tool.cleared);
    await page.locator('input[name="aid-hospital-stay"][value="a-little"]').check();
    expect(await page.locator('[data-live]').innerText()).toBe('Resumen actualizado: 1 de 6 frases y 0 de 4 preguntas SURE respondidas.');
    expect(await page.locator('.aid-summary [data-out]').innerText()).toContain(es.tool.noQuestions);

    await expectNoEnglish(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says in Spanish when saved answers cannot be read, and saves nothing over them', async () => {
    const { context, page } = await fresh();
    await page.goto(URL_);
    await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"matters":'), AID_STORAGE_KEY);
    await open(page);
    const banner = page.locator('[data-banner=corrupt]');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.locator('h2').innerText()).toBe(es.tool.corruptTitle);
    expect(await banner.innerText()).toContain(`${es.tool.reasons['not-json']}${es.tool.corruptText}`);
    await page.locator('input[name="aid-cost"][value="a-lot"]').check();
    expect(await page.evaluate((key) => localStorage.getItem(key), AID_STORAGE_KEY)).toBe('{"v":1,"matters":');
    expect(await page.locator('[data-status]').innerText(), 'never says saved when it was not').toBe('');
    await expectNoEnglish(page);
    await context.close();
  });

  it('says in Spanish when the browser will not save, and never that the answers are saved', async () => {
    const { context, page } = await fresh();
    await context.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await open(page);
    await page.locator('input[name="aid-cost"][value="a-lot"]').check();
    const banner = page.locator('[data-banner=unsaved]');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.locator('h2').innerText()).toBe(es.tool.unsavedTitle);
    expect(await banner.innerText()).toContain(es.tool.why.full);
    expect(await page.locator('[data-status]').innerText()).toBe('');
    await expectNoEnglish(page);
    await context.close();
  });

  it('ships no words in its script: each page sends its own language, and only that', async () => {
    const { context, page } = await fresh();
    await open(page);
    const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src));
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const code = await (await page.request.get(src)).text();
      for (const words of [AID_WORDS.en, AID_WORDS.es]) for (const sentence of [words.tool.saved, words.tool.corruptTitle, words.answers.levels['a-lot']]) expect(code, src).not.toContain(sentence);
    }
    const data = await page.locator('kg-decision-aid').getAttribute('data-words');
    expect(data).toContain(es.tool.saved);
    expect(data).not.toContain(AID_WORDS.en.tool.saved);
    await context.close();
  });

  it('prints the Spanish summary on one page, Letter and A4', async () => {
    const { context, page } = await fresh({ viewport: { width: 720, height: 900 } });
    await open(page);
    // The answers that make the summary longest.
    for (const s of STATEMENTS) await page.locator(`input[name="aid-${s.id}"][value="a-lot"]`).check();
    for (const item of SURE_ITEMS) await page.locator(`input[name="aid-sure-${item.id}"][value="no"]`).check();
    await page.locator('textarea[data-questions]').fill('¿Cuánto dura el dolor si espero? ¿Quién hará el procedimiento, y cuántos ha hecho?');
    await page.evaluate(() => (window.print = () => {}));
    await page.locator('.aid-qr').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => (document.querySelector('.aid-qr') as HTMLImageElement)?.complete);
    for (const format of ['Letter', 'A4'] as const) {
      await page.emulateMedia({ media: 'screen' });
      await page.locator('[data-act=print]').click();
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format });
      const pages = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page(?![A-Za-z])/g)].length;
      console.log(`Spanish printed summary on ${format}: ${pages} page(s)`);
      expect(pages, format).toBe(1);
    }
    await context.close();
  });

  it('is a Spanish paper worksheet with JavaScript off', async () => {
    const { context, page } = await fresh({ javaScriptEnabled: false });
    await page.goto(URL_);
    expect(await page.locator('.aid-paper').innerText()).toBe(`${es.sheet.paperTitle} ${es.sheet.paperText}`);
    expect(await page.locator('.aid-q').count()).toBe(STATEMENTS.length + SURE_ITEMS.length);
    expect(await page.locator('#aid-matters-heading').innerText()).toBe(es.sheet.mattersHeading);
    for (const s of STATEMENTS) {
      const group = page.locator(`fieldset[data-s="${s.id}"]`);
      expect(await group.locator('legend').innerText()).toContain(es.answers.statements[s.id]);
      // The leaning is printed next to every answer, in Spanish.
      for (const label of await group.locator('label').allInnerTexts()) expect(label).toMatch(/Apunta a|No apunta/);
    }
    expect(await page.locator('fieldset[data-sure="encouragement"] label').allInnerTexts()).toEqual(['Sí', 'No']);
    expect(await page.locator('[data-next]').isVisible(), 'next steps are on the paper').toBe(true);
    expect(await page.locator('.aid-summary').count(), 'no summary without the script').toBe(0);
    await expectNoEnglish(page);
    await context.close();
  });
});
