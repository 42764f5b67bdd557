/**
 * Icon arrays show "how many in 100" as 100 figures, some filled. The numbers come from the
 * page (and its cited source); this module only lays them out, so a test can prove the picture
 * always matches the number in its caption.
 */

export const ICONS = 100;
export const COLUMNS = 10;

export interface IconCell {
  row: number;
  column: number;
  filled: boolean;
}

/** Rejects anything that cannot be drawn honestly as whole figures out of 100. */
export function assertDrawable(count: number): void {
  if (!Number.isInteger(count) || count < 0 || count > ICONS) {
    throw new Error(`An icon array shows whole people out of ${ICONS}; got ${count}. Round in the text, not in the picture, or describe it in words.`);
  }
}

/** 100 cells, row by row, with the first `count` filled (reading order, so they are easy to count). */
export function iconCells(count: number): IconCell[] {
  assertDrawable(count);
  return Array.from({ length: ICONS }, (_, i) => ({ row: Math.floor(i / COLUMNS), column: i % COLUMNS, filled: i < count }));
}

/** "About 18 in 100 treated bones" — the words that go with the picture. */
export function naturalFrequency(count: number, what: string, approximate = true): string {
  assertDrawable(count);
  return `${approximate ? 'About ' : ''}${count} in ${ICONS} ${what}`;
}
