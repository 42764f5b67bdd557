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

/**
 * The words around the numbers, per page language. Spanish says "alrededor de" for "about", which
 * fits every noun (unos/unas would have to agree with it), and "18 de cada 100".
 */
const WORDS = {
  en: {
    about: 'About ', aboutInside: 'about ', inEvery: 'in', withoutIt: 'without it', so: 'so', more: 'more',
    key: 'Solid figures had it; outlined figures did not.',
    compared: (baseline: number, extra: number) => `Solid figures (${baseline}): had it in both groups. Diamonds (${extra}): the extra with the treatment. Outlined figures: did not.`,
  },
  es: {
    about: 'Alrededor de ', aboutInside: 'alrededor de ', inEvery: 'de cada', withoutIt: 'sin el tratamiento', so: 'así que', more: 'más',
    key: 'Figuras rellenas: lo tuvieron; figuras vacías: no.',
    compared: (baseline: number, extra: number) => `Figuras rellenas (${baseline}): lo tuvieron en los dos grupos. Rombos (${extra}): lo que se suma con el tratamiento. Figuras vacías: no lo tuvieron.`,
  },
};
type Lang = keyof typeof WORDS;
const wordsFor = (lang: string) => WORDS[(lang in WORDS ? lang : 'en') as Lang];

/** "About 18 in 100 treated bones" ("Alrededor de 18 de cada 100 huesos tratados") — the words that go with the picture. */
export function naturalFrequency(count: number, what: string, approximate = true, lang = 'en'): string {
  if (!Number.isInteger(count) || count < 0 || count > ICONS) throw new Error(`Not a whole number out of ${ICONS}: ${count}`);
  const w = wordsFor(lang);
  return `${approximate ? w.about : ''}${count} ${w.inEvery} ${ICONS} ${what}`;
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
export function iconArrayWords(opts: { count: number; of: string; label: string; baseline?: number; baselineLabel?: string; approximate?: boolean; lang?: string }): IconArrayWords {
  const { count, of, label, baseline, baselineLabel, approximate = true, lang = 'en' } = opts;
  const w = wordsFor(lang);
  assertDrawable(count);
  const first = `${naturalFrequency(count, of, approximate, lang)} ${label}.`;
  if (baseline === undefined) return { summary: first, key: w.key };
  assertBaseline(count, baseline);
  const extra = count - baseline;
  const about = approximate ? w.aboutInside : '';
  const second = `${approximate ? w.about : ''}${baseline} ${w.inEvery} ${ICONS} ${baselineLabel ?? w.withoutIt}, ${w.so} ${about}${extra} ${w.inEvery} ${ICONS} ${w.more}.`;
  return { summary: `${first} ${second}`, key: w.compared(baseline, extra) };
}
