import { describe, expect, it } from 'vitest';
import { glossarySchema, pageFields, reviewSchema, sourceSchema } from '../../src/lib/content-schemas';

const validPage = {
  description: 'A plain sentence that is long enough to be a useful search summary.',
  keyPoints: ['First key point here.', 'Second key point here.', 'Third key point here.'],
  review: { lastReviewed: '2026-11-26', nextReview: '2027-11-26', evidenceCheckedBy: 'editorial-team' },
  sources: ['free-trial-2009'],
};

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('page frontmatter', () => {
  it('accepts a complete page', () => {
    expect(pageFields.safeParse(validPage).success).toBe(true);
  });

  it('requires a description of 50 to 160 characters, naming the field', () => {
    expect(messages(pageFields.safeParse({ ...validPage, description: 'Too short.' }))).toEqual([
      'description: description must be at least 50 characters',
    ]);
    expect(messages(pageFields.safeParse({ ...validPage, description: 'x'.repeat(161) }))[0]).toMatch(/^description: .*at most 160/);
    const { description: _d, ...withoutDescription } = validPage;
    expect(messages(pageFields.safeParse(withoutDescription))[0]).toMatch(/^description: description is required/);
  });

  it('requires 3 to 5 key points', () => {
    expect(messages(pageFields.safeParse({ ...validPage, keyPoints: validPage.keyPoints.slice(0, 2) }))[0]).toMatch(/^keyPoints: .*at least 3/);
    expect(messages(pageFields.safeParse({ ...validPage, keyPoints: Array(6).fill('A key point sentence.') }))[0]).toMatch(/at most 5/);
  });

  it('rejects source ids that are not kebab-case', () => {
    expect(messages(pageFields.safeParse({ ...validPage, sources: ['FREE trial'] }))[0]).toMatch(/^sources.0: /);
  });
});

describe('review dates', () => {
  const review = validPage.review;
  it('needs nextReview after lastReviewed', () => {
    expect(messages(reviewSchema.safeParse({ ...review, nextReview: '2026-11-01' }))).toEqual(['nextReview: nextReview must be after lastReviewed']);
  });
  it('allows at most 24 months between reviews', () => {
    expect(reviewSchema.safeParse({ ...review, nextReview: '2028-11-26' }).success).toBe(true);
    expect(messages(reviewSchema.safeParse({ ...review, nextReview: '2028-11-27' }))).toEqual(['nextReview: nextReview must be at most 24 months after lastReviewed']);
  });
  it('never accepts a named person as the evidence checker', () => {
    expect(messages(reviewSchema.safeParse({ ...review, evidenceCheckedBy: 'Dr Jane Smith' }))[0]).toMatch(/^evidenceCheckedBy: .*never name a person/);
  });
  it('rejects a date that is not a date', () => {
    expect(messages(reviewSchema.safeParse({ ...review, lastReviewed: 'soon' }))[0]).toMatch(/^lastReviewed: /);
  });
});

describe('sources', () => {
  const source = { title: 'A trial', authors: 'Smith A, et al.', year: 2009, url: 'https://example.org/a', kind: 'trial', dossierRef: 18 };
  it('accepts a complete source', () => expect(sourceSchema.safeParse(source).success).toBe(true));
  it('needs authors or an organisation', () => {
    const { authors: _a, ...anonymous } = source;
    expect(messages(sourceSchema.safeParse(anonymous))).toEqual(['authors: a source needs authors or an organisation']);
  });
  it('accepts only the listed kinds', () => expect(sourceSchema.safeParse({ ...source, kind: 'blog' }).success).toBe(false));
  it('needs a web address', () => expect(sourceSchema.safeParse({ ...source, url: 'ftp://example.org' }).success).toBe(false));
});

describe('glossary', () => {
  it('limits definitions to 25 words', () => {
    const term = { term: 'Word', definition: Array(25).fill('word').join(' '), sources: ['x'] };
    expect(glossarySchema.safeParse(term).success).toBe(true);
    expect(messages(glossarySchema.safeParse({ ...term, definition: `${term.definition} more` }))).toEqual(['definition: definition must be at most 25 words']);
  });
  it('keeps shown names apart from hidden search words, both optional', () => {
    const term = { term: 'C-arm', alsoCalled: ['X-ray arm'], searchWords: ['carm'], definition: 'A movable X-ray machine shaped like the letter C.', sources: ['x'] };
    const parsed = glossarySchema.safeParse(term);
    expect(parsed.success && [parsed.data.alsoCalled, parsed.data.searchWords]).toEqual([['X-ray arm'], ['carm']]);
    const bare = glossarySchema.safeParse({ term: 'C-arm', definition: term.definition, sources: ['x'] });
    expect(bare.success && [bare.data.alsoCalled, bare.data.searchWords]).toEqual([[], []]);
  });
  it('needs at least one source for every definition', () => {
    const term = { term: 'Word', definition: 'A word that means something.' };
    expect(glossarySchema.safeParse(term).success).toBe(false);
    expect(glossarySchema.safeParse({ ...term, sources: [] }).success).toBe(false);
  });
  it('refuses the old single list of aliases, which mixed shown names with hidden search words', () => {
    const result = glossarySchema.safeParse({ term: 'Word', aliases: ['w'], definition: 'A word that means something.', sources: ['x'] });
    expect(result.success).toBe(false);
    expect(messages(result).join(' ')).toMatch(/alsoCalled \(shown\), searchWords \(hidden\)/);
  });
});

describe('change list (for /changelog/)', () => {
  it('is optional and defaults to none', () => {
    const result = pageFields.safeParse(validPage);
    expect(result.success && result.data.changes).toEqual([]);
  });
  it('accepts dated summaries', () => {
    expect(pageFields.safeParse({ ...validPage, changes: [{ date: '2026-11-26', summary: 'First published.' }] }).success).toBe(true);
  });
  it('names the field when an entry is incomplete', () => {
    expect(messages(pageFields.safeParse({ ...validPage, changes: [{ date: '2026-11-26' }] }))[0]).toMatch(/^changes\.0\.summary: each change needs a summary/);
    expect(messages(pageFields.safeParse({ ...validPage, changes: [{ date: 'soon', summary: 'First published.' }] }))[0]).toMatch(/^changes\.0\.date: /);
    expect(messages(pageFields.safeParse({ ...validPage, changes: [{ date: '2026-11-26', summary: 'Edit.' }] }))[0]).toMatch(/at least 10 characters/);
  });
});
