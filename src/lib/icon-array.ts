/**
 * Icon arrays show "how many in 100" as 100 figures, some filled. The numbers come from the
 * page (and its cited source); this module only lays them out and words them, so a test can
 * prove the picture always matches the number in its caption and its text alternative.
 *
 * Layout: figures fill from the bottom row up, left to right, so the filled part also reads as
 * a bar whose height is the chance. When a page gives the chance for people who did not have
 * the treatment too (`baseline`, from the same comparison), those figures are filled first and
 * the extra ones (count − baseline) are drawn in their own colour and shape above them.
 */

export const ICONS = 100;
export const COLUMNS = 10;
export const ROWS = ICONS / COLUMNS;

/** 'base': had it in the comparison group too; 'extra': the extra with the treatment; 'empty': did not have it. */
export type IconKind = 'base' | 'extra' | 'empty';

export interface IconCell {
  /** Row from the top of the picture (0 = top), as the SVG draws it. */
  row: number;
  column: number;
  kind: IconKind;
  /** Kept for readers of older tests and styles: any figure that had the outcome. */
  filled: boolean;
}

/**
 * Rejects anything that cannot be drawn honestly as whole figures out of 100. Under 1 in 100 is
 * refused too: a picture of 0 or 1 figure hides a rare harm, so those are written in words.
 */
export function assertDrawable(count: number): void {
  if (!Number.isInteger(count) || count < 1 || count > ICONS) {
    throw new Error(
      `An icon array shows whole people out of ${ICONS}, at least 1; got ${count}. Round in the text, not in the picture, and write chances under 1 in 100 in words.`,
    );
  }
}

/** A comparison group's count must be a whole number from 0 up to the treated count (the extra is never negative). */
export function assertBaseline(count: number, baseline: number): void {
  if (!Number.isInteger(baseline) || baseline < 0 || baseline > count) {
    throw new Error(`An icon array's comparison count must be a whole number from 0 to ${count}; got ${baseline}. If fewer had it with the treatment, draw two pictures.`);
  }
}

/**
 * 100 cells in drawing order (top row first). The i-th figure counted from the bottom-left is
 * filled when i < count; the first `baseline` of those are 'base', the rest 'extra'.
 */
export function iconCells(count: number, baseline?: number): IconCell[] {
  assertDrawable(count);
  if (baseline !== undefined) assertBaseline(count, baseline);
  const base = baseline ?? count;
  return Array.from({ length: ICONS }, (_, i) => {
    const row = Math.floor(i / COLUMNS);
    const column = i % COLUMNS;
    const fromBottom = (ROWS - 1 - row) * COLUMNS + column;
    const kind: IconKind = fromBottom < base ? 'base' : fromBottom < count ? 'extra' : 'empty';
    return { row, column, kind, filled: kind !== 'empty' };
  });
}

/** "About 18 in 100 treated bones" — the words that go with the picture. */
export function naturalFrequency(count: number, what: string, approximate = true): string {
  if (!Number.isInteger(count) || count < 0 || count > ICONS) throw new Error(`Not a whole number out of ${ICONS}: ${count}`);
  return `${approximate ? 'About ' : ''}${count} in ${ICONS} ${what}`;
}

export interface IconArrayWords {
  /** The sentence under the picture and, word for word, its text alternative. */
  summary: string;
  /** The key to the figures' shapes. */
  key: string;
}

/**
 * The words for one array. With a comparison group, the sentence gives both numbers and the
 * difference, so someone who cannot see the picture gets exactly what it shows.
 */
export function iconArrayWords(opts: { count: number; of: string; label: string; baseline?: number; baselineLabel?: string; approximate?: boolean }): IconArrayWords {
  const { count, of, label, baseline, baselineLabel, approximate = true } = opts;
  assertDrawable(count);
  const first = `${naturalFrequency(count, of, approximate)} ${label}.`;
  if (baseline === undefined) return { summary: first, key: 'Solid figures had it; outlined figures did not.' };
  assertBaseline(count, baseline);
  const extra = count - baseline;
  const about = approximate ? 'about ' : '';
  const second = `${approximate ? 'About ' : ''}${baseline} in ${ICONS} ${baselineLabel ?? 'without it'}, so ${about}${extra} in ${ICONS} more.`;
  return {
    summary: `${first} ${second}`,
    key: `Solid figures (${baseline}): had it in both groups. Diamonds (${extra}): the extra with the treatment. Outlined figures: did not.`,
  };
}
