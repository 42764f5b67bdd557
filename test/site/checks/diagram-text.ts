/**
 * Words that spill out of a drawing: in an inline <svg>, a label wider than the box it sits in
 * (the smallest <rect> around the middle of the label), or reaching past the drawing's own edges.
 * Lengths differ from language to language ("Orthopedic surgery residency", "Residencia de cirugía
 * ortopédica"), and a hand-placed label does not wrap, so each language's words are measured as
 * drawn. Returns one line per problem, naming the drawing and the words.
 */
import type { Page } from 'playwright-core';

export async function diagramTextProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const slack = 1;
    const inside = (inner: DOMRect, outer: DOMRect) =>
      inner.left >= outer.left - slack && inner.right <= outer.right + slack && inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack;
    const problems: string[] = [];
    for (const svg of document.querySelectorAll('main svg')) {
      if (!svg.checkVisibility()) continue;
      const name = svg.querySelector(':scope > title')?.textContent?.trim() ?? svg.getAttribute('aria-label') ?? 'a drawing';
      const frame = svg.getBoundingClientRect();
      const boxes = [...svg.querySelectorAll('rect')].map((r) => r.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
      for (const text of svg.querySelectorAll('text')) {
        const words = text.textContent?.trim();
        if (!words) continue;
        const r = text.getBoundingClientRect();
        if (!inside(r, frame)) {
          problems.push(`"${words}" reaches past the edge of "${name}"`);
          continue;
        }
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        const around = boxes.filter((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom).sort((a, b) => a.width * a.height - b.width * b.height)[0];
        if (around && !inside(r, around)) problems.push(`"${words}" is wider than its box in "${name}" (${Math.round(r.width)} px in ${Math.round(around.width)} px)`);
      }
    }
    return problems;
  });
}
