/**
 * The clear-communication instruments as data and their scoring (src/lib/clear-communication):
 * the item lists match the published sheets' numbering, and the scores follow the rules each
 * instrument states (PEMAT-P: agree ÷ applicable per scale; CDC Index: points ÷ applicable, with
 * items 2–4 worth nothing when there is no main message, and item 17 asked the other way round).
 */
import { describe, expect, it } from 'vitest';
import { CDC_INDEX, PEMAT_P, pematNumbers } from '../../src/lib/clear-communication/instruments';
import { cdcScore, pematScore, type Answer } from '../../src/lib/clear-communication/score';
import { ratingSheetSchema } from '../../src/lib/clear-communication/rating-sheet';

const all = (numbers: number[], answer: Answer) => Object.fromEntries(numbers.map((n) => [n, answer])) as Record<number, Answer>;
const cdcAll = (answer: Answer) => ({ ...all(CDC_INDEX.map((i) => i.number), answer), 17: answer === 'yes' ? 'no' : answer === 'no' ? 'yes' : answer }) as Record<number, Answer>;

describe('the instruments', () => {
  it('PEMAT-P has the 17 print understandability items (1–12, 15–19) and 7 actionability items (20–26)', () => {
    expect(pematNumbers('understandability')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19]);
    expect(pematNumbers('actionability')).toEqual([20, 21, 22, 23, 24, 25, 26]);
  });

  it('PEMAT-P allows "not applicable" only where the form does', () => {
    expect(PEMAT_P.filter((i) => i.notApplicableWhen).map((i) => i.number)).toEqual([6, 8, 9, 11, 16, 17, 18, 19, 24, 25]);
  });

  it('the CDC Index has 20 items; 1–11 (Part A) always apply, 12–20 may not', () => {
    expect(CDC_INDEX.map((i) => i.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(CDC_INDEX.filter((i) => i.mayNotApply).map((i) => i.number)).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(CDC_INDEX.filter((i) => i.part === 'A')).toHaveLength(11);
  });
});

describe('PEMAT-P scores', () => {
  it('is agree ÷ applicable × 100 for each scale, rounded', () => {
    const answers = { ...all(pematNumbers(), 'yes'), 1: 'no', 2: 'no', 19: 'na', 24: 'na', 25: 'na', 23: 'no' } as Record<number, Answer>;
    expect(pematScore(answers, 'understandability')).toEqual({ points: 14, applicable: 16, score: 88 });
    expect(pematScore(answers, 'actionability')).toEqual({ points: 4, applicable: 5, score: 80 });
  });

  it('refuses "not applicable" on an item that always applies, and a missing answer', () => {
    expect(() => pematScore({ ...all(pematNumbers(), 'yes'), 1: 'na' }, 'understandability')).toThrow(/item 1 cannot/);
    const missing = all(pematNumbers(), 'yes');
    delete missing[26];
    expect(() => pematScore(missing, 'actionability')).toThrow(/item 26 has no answer/);
  });
});

describe('CDC Clear Communication Index score', () => {
  it('is 100 when every item passes, and counts only the items that apply', () => {
    expect(cdcScore(cdcAll('yes')).score).toBe(100);
    const partAOnly = { ...cdcAll('yes'), ...all([12, 13, 14, 15, 16, 17, 18, 19, 20], 'na'), 11: 'no' } as Record<number, Answer>;
    expect(cdcScore(partAOnly)).toEqual({ points: 10, applicable: 11, score: 91 });
  });

  it('gives items 2–4 nothing when there is no main message', () => {
    expect(cdcScore({ ...cdcAll('yes'), 1: 'no' })).toEqual({ points: 16, applicable: 20, score: 80 });
  });

  it('item 17 earns its point for "no" (the reader does not have to calculate)', () => {
    expect(cdcScore({ ...cdcAll('yes'), 17: 'yes' })).toEqual({ points: 19, applicable: 20, score: 95 });
  });

  it('refuses "not applicable" in Part A', () => {
    expect(() => cdcScore({ ...cdcAll('yes'), 5: 'na' })).toThrow(/item 5 always applies/);
  });
});

describe('the rating sheet schema', () => {
  const entry = (answer: Answer) => ({ answer, reason: 'because the page says so plainly' });
  const sheet = {
    page: '/procedure/recovery/',
    rated: '2026-12-05',
    ratedBy: 'Kyphoplasty Guide editorial team (self-assessment; not an independent rater)',
    pageLastReviewed: '2026-12-05',
    primaryAudience: 'Older adults after a spine fracture',
    mainMessage: 'Most people go home the same day.',
    pemat: Object.fromEntries(pematNumbers().map((n) => [String(n), entry('yes')])),
    cdc: Object.fromEntries(CDC_INDEX.map((i) => [String(i.number), entry(i.number === 17 ? 'no' : 'yes')])),
  };
  const messages = (value: unknown) => {
    const r = ratingSheetSchema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it('accepts a complete sheet', () => expect(messages(sheet)).toEqual([]));
  it('names an item with no answer', () => {
    const { 9: _, ...pemat } = sheet.pemat;
    expect(messages({ ...sheet, pemat })).toContain('PEMAT-P item 9 has no answer');
  });
  it('names an item that cannot be not applicable', () =>
    expect(messages({ ...sheet, cdc: { ...sheet.cdc, 3: entry('na') } }).join()).toMatch(/CDC Index item 3 is in Part A/));
  it('refuses a typed-in score and an answer that is not yes, no or na', () => {
    expect(messages({ ...sheet, score: 95 }).length).toBeGreaterThan(0);
    expect(messages({ ...sheet, pemat: { ...sheet.pemat, 1: entry('agree' as Answer) } }).join()).toMatch(/yes, no or na/);
  });
  it('refuses an impossible date and an empty reason', () => {
    expect(messages({ ...sheet, rated: '2026-13-05' }).join()).toMatch(/rated must be a real date/);
    expect(messages({ ...sheet, pemat: { ...sheet.pemat, 1: { answer: 'yes', reason: '' } } }).join()).toMatch(/reason must say/);
  });
});
