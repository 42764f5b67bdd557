/**
 * Test helpers for the question scorer's page, shared by the browser tests. The scorer shows
 * one question at a time; a test that answers a question first brings it on screen the way a
 * reader does, with its numbered button.
 */
import type { Page } from 'playwright-core';

/** Shows the question with this id by pressing its numbered button. */
export async function showQuestion(page: Page, id: string): Promise<void> {
  const n = Number(await page.locator(`.scorer-q[data-q="${id}"]`).getAttribute('data-n'));
  await page.locator(`[data-step="${n - 1}"]`).click();
}

/** Presses Tab, or Shift+Tab when the target comes earlier in the page, until `selector` has focus. */
export async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const where = await page.evaluate((sel) => {
      const target = document.querySelector(sel);
      const active = document.activeElement;
      if (!target) throw new Error(`no element matches ${sel}`);
      if (active === target) return 'here';
      if (!active || active === document.body) return 'after';
      return active.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
    }, selector);
    if (where === 'here') return;
    await page.keyboard.press(where === 'after' ? 'Tab' : 'Shift+Tab');
  }
  throw new Error(`keyboard focus never reached ${selector}`);
}
