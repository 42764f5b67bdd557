import { describe, expect, it } from 'vitest';
import { addMonths, isOverdue, readableDate } from '../../src/lib/dates';
import { iconArrayWords, iconCells, naturalFrequency } from '../../src/lib/icon-array';

describe('dates', () => {
  it('adds months without spilling into the next month', () => {
    expect(addMonths(new Date('2026-01-31'), 1).toISOString().slice(0, 10)).toBe('2026-02-28');
    expect(addMonths(new Date('2026-11-26'), 24).toISOString().slice(0, 10)).toBe('2028-11-26');
  });
  it('writes the month in words', () => expect(readableDate(new Date('2026-11-26'))).toBe('November 26, 2026'));
  it('is overdue only after the due day', () => {
    expect(isOverdue(new Date('2026-11-26'), new Date('2026-11-26T23:00:00Z'))).toBe(false);
    expect(isOverdue(new Date('2026-11-26'), new Date('2026-11-27'))).toBe(true);
  });
});

describe('icon arrays', () => {
  it.each([1, 18, 73, 100])('draws exactly %i filled figures out of 100', (count) => {
    const cells = iconCells(count);
    expect(cells).toHaveLength(100);
    expect(cells.filter((c) => c.filled)).toHaveLength(count);
    expect(naturalFrequency(count, 'people')).toBe(`About ${count} in 100 people`);
  });
  it.each([-1, 0, 0.7, 101, Number.NaN])('refuses %s, which cannot be drawn as whole figures (under 1 in 100 is written in words)', (count) => {
    expect(() => iconCells(count)).toThrow(/whole people/);
  });
  it('fills from the bottom row, left to right, so the picture reads as a bar', () => {
    const cells = iconCells(12);
    const filled = cells.filter((c) => c.filled).map((c) => [c.row, c.column]);
    expect(filled).toEqual([...Array.from({ length: 2 }, (_, i) => [8, i]), ...Array.from({ length: 10 }, (_, i) => [9, i])]);
  });
  it('draws the extra over a comparison group above it, as its own kind', () => {
    const cells = iconCells(44, 21);
    expect(cells.filter((c) => c.kind === 'base')).toHaveLength(21);
    expect(cells.filter((c) => c.kind === 'extra')).toHaveLength(23);
    const words = iconArrayWords({ count: 44, of: 'people', label: 'had less pain', baseline: 21, baselineLabel: 'with a sham did too' });
    expect(words.summary).toBe('About 44 in 100 people had less pain. About 21 in 100 with a sham did too, so about 23 in 100 more.');
  });
  it.each([-1, 45, 2.5])('refuses a comparison count of %s for 44 treated', (baseline) => {
    expect(() => iconCells(44, baseline)).toThrow(/comparison count/);
  });
});

describe('icon array words in Spanish', () => {
  it('says "alrededor de 18 de cada 100", with the comparison and the key in Spanish', async () => {
    const { iconArrayWords } = await import('../../src/lib/icon-array');
    expect(iconArrayWords({ count: 18, of: 'huesos tratados', label: 'tuvieron una fuga', lang: 'es' })).toEqual({
      summary: 'Alrededor de 18 de cada 100 huesos tratados tuvieron una fuga.',
      key: 'Figuras rellenas: lo tuvieron; figuras vacías: no.',
    });
    const compared = iconArrayWords({ count: 30, of: 'personas', label: 'mejoraron', baseline: 20, baselineLabel: 'con atención habitual', lang: 'es' });
    expect(compared.summary).toBe('Alrededor de 30 de cada 100 personas mejoraron. Alrededor de 20 de cada 100 con atención habitual, así que alrededor de 10 de cada 100 más.');
  });
});
