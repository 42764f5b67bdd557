/** The public changelog: built from page metadata, newest first, and honest about every page. */
import { describe, expect, it } from 'vitest';
import { REVIEW_SUMMARY, changelog } from '../../src/lib/changelog';
import { isoDate } from '../../src/lib/dates';
import { loadPages, pageData } from '../support/content';

const d = (s: string) => new Date(s);

describe('changelog()', () => {
  const days = changelog([
    { title: 'Risks', href: '/understanding/risks/', lastReviewed: d('2027-05-01'), changes: [{ date: d('2026-11-26'), summary: 'First published.' }, { date: d('2027-05-01'), summary: 'New figure for cement leaks.' }] },
    { title: 'Recovery', href: '/procedure/recovery/', lastReviewed: d('2027-02-01'), changes: [{ date: d('2026-11-26'), summary: 'First published.' }] },
    { title: 'FAQ', href: '/faq/', lastReviewed: d('2026-11-26'), changes: [] },
  ]);

  it('groups entries by day, newest first', () => {
    expect(days.map((day) => day.date)).toEqual(['2027-05-01', '2027-02-01', '2026-11-26']);
  });

  it('lists each recorded change under its day, pages in title order', () => {
    expect(days[0]!.items).toEqual([{ title: 'Risks', href: '/understanding/risks/', summary: 'New figure for cement leaks.' }]);
    expect(days[2]!.items.map((i) => `${i.title}: ${i.summary}`)).toEqual(['FAQ: ' + REVIEW_SUMMARY, 'Recovery: First published.', 'Risks: First published.']);
  });

  it('shows a review with no recorded change as a review, once', () => {
    expect(days[1]!.items).toEqual([{ title: 'Recovery', href: '/procedure/recovery/', summary: REVIEW_SUMMARY }]);
    expect(days.flatMap((day) => day.items).filter((i) => i.title === 'Risks')).toHaveLength(2);
  });
});

describe('every page’s change list', () => {
  const today = isoDate(new Date());
  it.each(loadPages().map((p) => [p.file, p] as const))('%s has no change dated in the future or after its last review', (file, page) => {
    const data = pageData(page);
    for (const change of data.changes) {
      const date = isoDate(change.date);
      expect(date <= today, `${file}: change "${change.summary}" is dated ${date}, in the future`).toBe(true);
      // Editorial policy: a change that matters to patients moves the page's "last reviewed" date.
      expect(date <= isoDate(data.review.lastReviewed), `${file}: change "${change.summary}" (${date}) is after review.lastReviewed; a changed page must be re-reviewed`).toBe(true);
    }
  });

  // Pages that existed when the changelog started; knowledge-base pages written elsewhere may join
  // without a change list, and then show as reviewed on their last review date.
  const seeded = loadPages().filter((p) => /^(|glossary|sources|for-clinics|changelog|about\/.+|handouts\/.+)$/.test(p.slug));
  // Pages in those sections added after the changelog started, with the day each was first published.
  const publishedLater: Record<string, string> = { 'about/decision-aid-standards': '2026-12-05', 'handouts/weighing-your-options': '2026-12-05' };
  it.each(seeded.map((p) => [p.file, p] as const))('%s records when it was first published', (file, page) => {
    expect(pageData(page).changes.map((c) => `${isoDate(c.date)} ${c.summary}`), file).toContain(`${publishedLater[page.slug] ?? '2026-11-26'} First published.`);
  });
});
