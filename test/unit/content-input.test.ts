/**
 * Issue 13: content input that cannot slip through. Frontmatter is parsed here the way the build
 * parses it (Astro's js-yaml frontmatter parser, then src/lib/frontmatter.ts, as the docs
 * collection's loader does), so an impossible date fails here exactly as it fails the build.
 * The unknown-id message is the one Term, Cite, SearchAliases, References and StructuredData share.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { calendarDate, pageFields } from '../../src/lib/content-schemas';
import { readFrontmatter } from '../../src/lib/frontmatter';
import { known, unknownSource, unknownTerm } from '../../src/lib/unknown-ids';
import { ROOT } from '../support/content';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

const page = (review: string, changes = '') => `---
title: A page
description: A plain sentence that is long enough to be a useful search summary.
keyPoints:
  - First key point here.
  - Second key point here.
  - Third key point here.
review:
${review}
  evidenceCheckedBy: editorial-team
sources: [free-trial-2009]
${changes}---

Body.
`;
const GOOD = '  lastReviewed: 2026-12-05\n  nextReview: 2027-12-05';

describe('review and change dates', () => {
  it('the YAML parser the build uses really does roll impossible dates over (why the raw text is checked)', () => {
    const { frontmatter } = parseFrontmatter(page('  lastReviewed: 2026-13-45\n  nextReview: 2027-12-05'));
    expect((frontmatter as { review: { lastReviewed: Date } }).review.lastReviewed.toISOString().slice(0, 10)).toBe('2027-02-14');
  });

  it('accepts real dates written YYYY-MM-DD, read back as the same days', () => {
    const { data } = readFrontmatter(page(GOOD, 'changes:\n  - date: 2026-12-05\n    summary: First published on this day.\n'));
    const r = pageFields.safeParse(data);
    expect(messages(r)).toEqual([]);
    expect(r.data!.review.lastReviewed.toISOString()).toBe('2026-12-05T00:00:00.000Z');
    expect(r.data!.changes[0]!.date.toISOString()).toBe('2026-12-05T00:00:00.000Z');
  });

  it.each([
    ['an impossible month and day', '  lastReviewed: 2026-13-45\n  nextReview: 2027-12-05', 'review.lastReviewed', '2026-13-45'],
    ['a day that does not exist', '  lastReviewed: 2026-02-30\n  nextReview: 2027-02-01', 'review.lastReviewed', '2026-02-30'],
    ['a US-style date', '  lastReviewed: 2026-12-05\n  nextReview: 05/12/2027', 'review.nextReview', '05/12/2027'],
    ['a quoted impossible date', "  lastReviewed: '2026-04-31'\n  nextReview: 2027-12-05", 'review.lastReviewed', '2026-04-31'],
    ['a date with a time', '  lastReviewed: 2026-12-05T10:00:00Z\n  nextReview: 2027-12-05', 'review.lastReviewed', '2026-12-05T10:00:00Z'],
    ['a date without leading zeros', '  lastReviewed: 2026-1-5\n  nextReview: 2027-12-05', 'review.lastReviewed', '2026-1-5'],
  ])('refuses %s, naming the field and the text', (_name, review, field, text) => {
    const msgs = messages(pageFields.safeParse(readFrontmatter(page(review)).data));
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toBe(`${field}: ${field.split('.').pop()} must be a real date written as YYYY-MM-DD; "${text}" is not one`);
  });

  it('refuses an impossible change date', () => {
    const { data } = readFrontmatter(page(GOOD, 'changes:\n  - date: 2026-11-31\n    summary: First published on this day.\n'));
    expect(messages(pageFields.safeParse(data))).toEqual(['changes.0.date: each change date must be a real date written as YYYY-MM-DD; "2026-11-31" is not one']);
  });

  it('refuses a Date object, whose original text can no longer be checked', () => {
    expect(calendarDate('lastReviewed').safeParse(new Date('2027-02-14')).error?.issues[0]?.message).toMatch(/^lastReviewed must be a real date written as YYYY-MM-DD \(it was read as a date and time/);
    expect(calendarDate('lastReviewed').safeParse('2024-02-29').success).toBe(true);
    expect(calendarDate('lastReviewed').safeParse('2026-02-29').success).toBe(false);
  });

  it('every page on the site passes when read the way the build reads it', () => {
    const pages = globSync('src/content/docs/**/*.mdx', { cwd: ROOT });
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const r = pageFields.safeParse(readFrontmatter(readFileSync(join(ROOT, file), 'utf8')).data);
      expect(messages(r), file).toEqual([]);
    }
  });
});

describe('unknown <Term id> and <Cite id>', () => {
  it('one message, the file and the id first', () => {
    expect(unknownTerm('src/content/docs/faq.mdx', 'no-such-term').message).toBe(
      'src/content/docs/faq.mdx: <Term id="no-such-term"> names no glossary term. Add "no-such-term" to src/content/glossary/terms.yaml or correct the id.',
    );
    expect(unknownSource('src/content/docs/faq.mdx', 'no-such-source').message).toMatch(/^src\/content\/docs\/faq\.mdx: <Cite id="no-such-source"> names no known source\./);
  });

  it('the list readers (SearchAliases, References, StructuredData) throw that message for the first missing entry, not a TypeError', () => {
    const a = { id: 'a' };
    expect(known([a, a], ['a', 'a'], 'f.mdx', unknownTerm)).toEqual([a, a]);
    expect(() => known([a, undefined, undefined], ['a', 'b', 'c'], 'f.mdx', unknownTerm)).toThrow(/^f\.mdx: <Term id="b">/);
    expect(() => known([undefined], ['x'], 'f.mdx', unknownSource)).toThrow(/^f\.mdx: <Cite id="x">/);
  });
});
