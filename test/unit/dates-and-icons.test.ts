import { describe, expect, it } from 'vitest';
import { addMonths, isOverdue, readableDate } from '../../src/lib/dates';
import { iconCells, naturalFrequency } from '../../src/lib/icon-array';

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
  it.each([0, 1, 18, 73, 100])('draws exactly %i filled figures out of 100', (count) => {
    const cells = iconCells(count);
    expect(cells).toHaveLength(100);
    expect(cells.filter((c) => c.filled)).toHaveLength(count);
    expect(naturalFrequency(count, 'people')).toBe(`About ${count} in 100 people`);
  });
  it.each([-1, 0.7, 101, Number.NaN])('refuses %s, which cannot be drawn as whole figures', (count) => {
    expect(() => iconCells(count)).toThrow(/whole people/);
  });
});
