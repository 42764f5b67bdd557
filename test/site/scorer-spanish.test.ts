/**
 * The question scorer on the Spanish page, as a Spanish reader meets it: with JavaScript, the
 * progress, the default doctor name, the comparison, the per-doctor summary and the notices are
 * in Spanish, with Spanish numbers and plurals, and no English prose is left in the tool; without
 * JavaScript, the paper checklist is Spanish too. Runs once the Spanish edition is published
 * (src/config/languages.mjs); the English scorer keeps its own tests (scorer.test.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { SPANISH_EDITION_PUBLISHED } from '../../src/config/languages.mjs';
import { SCORER_PATH } from '../../src/config/tools.mjs';
import { englishPassages } from '../../src/lib/language-check';
import { STORAGE_KEY } from '../../src/lib/scorer/codec';
import { questionEntrySchema } from '../../src/lib/scorer/schema';
import { loadQuestions } from '../support/content';
import { showQuestion } from '../support/scorer-page';

const URL_ = inject('baseUrl') + '/es' + SCORER_PATH;
const questions = loadQuestions('es').map((x) => questionEntrySchema.parse(x));

let browser: Browser;
beforeAll(async () => {
  if (SPANISH_EDITION_PUBLISHED) browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** What the reader sees of the tool, one line per block, and the words only assistive technology reads. */
async function readerText(page: Page): Promise<{ text: string; labels: string[] }> {
  const text = await page.locator('kg-scorer').innerText();
  const labels = await page.locator('kg-scorer [aria-label]').evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent).map((el) => el.getAttribute('aria-label')!));
  return { text, labels };
}
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

describe.skipIf(!SPANISH_EDITION_PUBLISHED)('question scorer in Spanish', () => {
  it('speaks Spanish with JavaScript: progress, names, results, summary and notices', async () => {
    // A phone: the comparison shows one summary card per doctor.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.accept();
    });
    await page.goto(URL_);
    await page.locator('kg-scorer[data-ready]').waitFor();

    await expect.poll(() => page.locator('[data-progress]').innerText()).toBe('Pregunta 1 de 14 · Médico 1: 0 contestadas');
    expect(await page.locator('[data-results-heading]').innerText()).toBe('Su comparación');
    expect(await page.locator('[data-step="0"]').getAttribute('aria-label')).toBe('Pregunta 1');

    // A red-flag answer to the first question, then an unscored one to the second.
    await page.locator('[name="scorer-q-fracture-is-recent"][value="x-ray-only"]').check();
    expect(await page.locator('[data-progress]').innerText()).toBe('Pregunta 1 de 14 · Médico 1: 1 contestada');
    expect(await page.locator('[data-live]').innerText()).toBe('Médico 1: contestó 1 de 14. Total: 0 de 100. 1 señal de alerta.');
    await showQuestion(page, 'without-the-procedure');
    await page.locator('[name="scorer-q-without-the-procedure"][value="explains-plan"]').check();
    expect(await page.locator('[data-progress]').innerText()).toBe('Pregunta 2 de 14 · Médico 1: 2 contestadas');
    expect(await page.locator('[data-live]').innerText()).toMatch(/^Médico 1: contestó 2 de 14\. Total: \d+ de 100\. 1 señal de alerta\.$/);
    expect(await page.locator('[data-step="0"]').getAttribute('aria-label')).toBe('Pregunta 1, contestada');

    const summary = await page.locator('.scorer-doc').first().innerText();
    expect(summary).toContain('Resumen de Médico 1');
    expect(summary).toMatch(/Total: \d+ de 100 · contestó 2 de 14 · 0 sin preguntar · 0 con dudas/);
    expect(summary).toContain('Señales de alerta:');
    expect(summary).toContain('Tranquiliza');
    expect(summary).toContain('Preocupa (C) · señal de alerta');

    // Every word the tool shows is Spanish: no English sentence, no placeholder left unfilled.
    const { text, labels } = await readerText(page);
    expect(englishPassages(lines(text)), 'English prose in the Spanish scorer').toEqual([]);
    expect(text).not.toMatch(/\{\w+\}/);
    expect(text).not.toMatch(/out of 100|answered|red flag|Doctor \d/);
    expect(labels.join(' | ')).not.toMatch(/Question|Previous|Next/);

    // Clearing asks in Spanish, then says so in Spanish.
    await page.locator('[data-act=clear]').click();
    expect(dialogs).toEqual(['¿Borrar todos los nombres y respuestas de esta página? No se puede deshacer.']);
    expect(await page.locator('[data-notice]').innerText()).toBe('Se borraron todas las respuestas.');
    expect(await page.locator('[data-progress]').innerText()).toBe('Pregunta 1 de 14 · Médico 1: 0 contestadas');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains unreadable saved answers in Spanish, with the choices in Spanish', async () => {
    const context = await browser.newContext();
    await context.addInitScript((key) => localStorage.setItem(key, '{"v":1,'), STORAGE_KEY);
    const page = await context.newPage();
    await page.goto(URL_);
    // rare.ts writes this banner's words as it shows.
    const banner = page.locator('[data-banner=corrupt]');
    await expect.poll(() => banner.isVisible()).toBe(true);
    expect(await banner.innerText()).toMatch(/^No pudimos leer las respuestas guardadas en este dispositivo\s+Los datos están incompletos o dañados\. Los datos siguen guardados, sin cambios\./);
    expect(await banner.locator('button').allInnerTexts()).toEqual(['Descargar los datos guardados tal como están', 'Borrarlos y volver a guardar']);
    await context.close();
  });

  it('is a Spanish paper checklist with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(URL_);
    const text = await page.locator('kg-scorer').innerText();
    for (const question of questions) {
      expect(text).toContain(question.ask);
      expect(text).toContain(question.why);
      for (const o of question.options) expect(text).toContain(o.says);
    }
    expect(text).toContain('Hoja de respuestas.');
    expect(text).not.toContain('dos páginas');
    expect(await page.locator('.scorer-writein').first().innerText()).toMatch(/Médico 1:\s*A\s*B\s*C\s*D\s*E\s*Médico 2:\s*A\s*B\s*C\s*D\s*E\s*Médico 3:\s*A\s*B\s*C\s*D\s*E/);
    expect(text).toContain('No pregunté (no cuenta)');
    expect(englishPassages(lines(text)), 'English prose in the Spanish paper checklist').toEqual([]);
    expect(text).not.toMatch(/Doctor \d|Why this matters|not counted|red flag/);
    // The Spanish questions run about 12% longer than the English ones: at 12 pt the sheet takes
    // three pages, not two, so the Spanish page promises no page count (words.ts). No more than three.
    await page.emulateMedia({ media: 'print' });
    for (const format of ['Letter', 'A4'] as const) {
      const pdf = await page.pdf({ format });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      console.log(`Spanish paper answer sheet (no JavaScript): ${pages} ${format} pages`);
      expect(pages, format).toBeLessThanOrEqual(3);
    }
    await page.emulateMedia({ media: 'screen' });
    // Each "Fuentes:" link goes to the Spanish list of sources.
    const hrefs = await page.locator('.scorer-why a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/es\/sources\/[a-z-]+\/#[a-z0-9-]+$/);
    await context.close();
  });
});
