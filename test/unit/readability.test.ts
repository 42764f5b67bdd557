import { describe, expect, it } from 'vitest';
import { countText, readingGrade } from '../../src/lib/readability';

describe('Flesch–Kincaid grade', () => {
  it('counts sentences, words and syllables', () => {
    expect(countText(['The cat sat on the mat. It was happy.'])).toEqual({ sentences: 2, words: 9, syllables: 10 });
  });
  it('uses exact ratios: 0.39 × words/sentences + 11.8 × syllables/words − 15.59', () => {
    const exact = 0.39 * (9 / 2) + 11.8 * (10 / 9) - 15.59;
    expect(readingGrade(['The cat sat on the mat. It was happy.'])).toBe(Math.round(exact * 10) / 10);
  });
  it('treats each list item as ending a sentence', () => {
    expect(countText(['Bring your scans', 'Bring your medicines']).sentences).toBe(2);
  });
  it('counts a number as a one-syllable word', () => {
    expect(countText(['About 18 in 100.'])).toEqual({ sentences: 1, words: 4, syllables: 5 });
  });
  it('rates long medical sentences harder than short plain ones', () => {
    const plain = readingGrade(['The needle goes into the bone. Then the doctor adds cement.'])!;
    const dense = readingGrade(['Percutaneous vertebral augmentation demonstrated statistically significant improvements in functional disability questionnaires.'])!;
    expect(dense).toBeGreaterThan(plain + 8);
  });
  it('gives no grade to a page with no prose', () => {
    expect(readingGrade([])).toBeNull();
  });
});
