/**
 * Content rules that need no build: schema, citations, glossary terms, review dates, reading
 * grade and length. Every failure names the file. Prints each page's reading grade.
 */
import { describe, expect, it } from 'vitest';
import { contentPages } from '../../src/config/pages.mjs';
import { isOverdue, addMonths, isoDate } from '../../src/lib/dates';
import { glossaryCitations } from '../../src/lib/glossary';
import { orderedJsxIds } from '../../src/lib/mdx-tree';
import { proseBlocks } from '../../src/lib/prose';
import { countText, readingGrade } from '../../src/lib/readability';
import { loadGlossary, loadPages, loadQuestions, loadSourceIds, loadSources, pageData } from '../support/content';

const MAX_GRADE = 9;
const MAX_MEDIAN_GRADE = 8;
const pages = loadPages();
const sourceIds = loadSourceIds();
const glossary = loadGlossary();
const termIds = new Set(glossary.map((t) => t.id));
/** Every glossary term with its parsed data (invalid terms fail their own test below). */
const glossaryTerms = glossary.flatMap((t) => (t.result.success ? [{ id: t.id, data: t.result.data }] : []));
/** Pages whose citations a component renders: the glossary cites each definition's sources. */
const renderedCitations = (body: string) => (/<GlossaryList\b/.test(body) ? glossaryCitations(glossaryTerms) : []);
const today = new Date();

describe('every page', () => {
  it.each(pages.map((p) => [p.file, p] as const))('%s has valid frontmatter', (_file, page) => {
    expect(typeof page.frontmatter.title, `${page.file}: title is required`).toBe('string');
    expect(() => pageData(page)).not.toThrow();
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s is not past its review date', (_file, page) => {
    const { review } = pageData(page);
    expect(isOverdue(review.nextReview, today), `${page.file}: review was due ${isoDate(review.nextReview)}. Re-check the page against its sources, then update review.lastReviewed and review.nextReview.`).toBe(false);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s cites only known sources, all listed in its frontmatter', (_file, page) => {
    const { sources } = pageData(page);
    const cited = [...orderedJsxIds(page.body, 'Cite'), ...renderedCitations(page.body)];
    for (const id of [...cited, ...sources]) {
      expect(sourceIds.has(id), `${page.file}: unknown source "${id}". Add src/content/sources/${id}.yaml or fix the id.`).toBe(true);
    }
    expect(new Set(cited), `${page.file}: the frontmatter \`sources\` list must name exactly the sources cited with <Cite> in the page`).toEqual(new Set(sources));
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s uses only known glossary terms', (_file, page) => {
    for (const id of orderedJsxIds(page.body, 'Term')) {
      expect(termIds.has(id), `${page.file}: unknown glossary term "${id}". Add it to src/content/glossary/terms.yaml or fix the id.`).toBe(true);
    }
  });
});

describe('reading grade', () => {
  const grades = pages.map((page) => {
    const data = pageData(page);
    const blocks = [...data.keyPoints, ...proseBlocks(page.body)];
    return { file: page.file, grade: readingGrade(blocks), words: countText(proseBlocks(page.body)).words };
  });

  it(`is at most ${MAX_GRADE} on every page, with a median of at most ${MAX_MEDIAN_GRADE}`, () => {
    console.log('\nReading grade (Flesch–Kincaid) and prose words per page:');
    for (const g of grades) console.log(`  ${String(g.grade ?? '-').padStart(5)}  ${String(g.words).padStart(5)}  ${g.file}`);
    const values = grades.flatMap((g) => (g.grade === null ? [] : [g.grade])).sort((a, b) => a - b);
    const median = values.length % 2 ? values[(values.length - 1) / 2]! : (values[values.length / 2 - 1]! + values[values.length / 2]!) / 2;
    console.log(`  median ${median.toFixed(1)} over ${values.length} pages`);
    const tooHard = grades.filter((g) => g.grade !== null && g.grade > MAX_GRADE);
    expect(tooHard, `pages above grade ${MAX_GRADE}: ${tooHard.map((g) => `${g.file} (${g.grade})`).join(', ')}`).toEqual([]);
    expect(median).toBeLessThanOrEqual(MAX_MEDIAN_GRADE);
  });
});

describe('sources and glossary', () => {
  it.each(loadSources().map((s) => [s.file, s] as const))('%s is a valid source', (file, s) => {
    expect(s.result.success, `${file}: ${s.result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`).toBe(true);
  });

  it('holds only sources that a page, a glossary definition or a scorer question cites', () => {
    const questions = loadQuestions() as { sources: string[] }[];
    const used = new Set([
      ...pages.flatMap((p) => pageData(p).sources),
      ...glossaryTerms.flatMap((t) => t.data.sources),
      ...questions.flatMap((q) => q.sources),
    ]);
    const orphans = [...sourceIds].filter((id) => !used.has(id));
    expect(orphans, `sources nobody cites (delete them, or cite them): ${orphans.join(', ')}`).toEqual([]);
  });

  it('never cites a source marked as superseded', () => {
    const superseded = loadSources().filter((s) => s.result.success && /superseded/i.test(s.result.data.note ?? ''));
    expect(superseded.map((s) => s.id)).toEqual([]);
  });

  it.each(glossary.map((t) => [t.id, t] as const))('glossary term "%s" is valid and its source exists', (id, t) => {
    expect(t.result.success, `src/content/glossary/terms.yaml → ${id}: ${t.result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`).toBe(true);
    if (t.result.success) for (const s of t.result.data.sources) expect(sourceIds.has(s), `glossary term "${id}" names unknown source "${s}"`).toBe(true);
  });

  it('the glossary page lists its definitions’ sources in the order it cites them, A to Z', () => {
    const page = pages.find((p) => /<GlossaryList\b/.test(p.body));
    expect(page, 'a page renders <GlossaryList />').toBeDefined();
    expect(pageData(page!).sources, `${page!.file}: set \`sources\` to exactly this list, in this order (the numbers on the page follow it)`).toEqual(glossaryCitations(glossaryTerms));
  });
});

describe('knowledge-base pages', () => {
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  it.each(contentPages.map((p) => [p.slug, p] as const))('/%s/ meets the content rules', (slug, spec) => {
    const page = bySlug.get(slug);
    expect(page, `missing page for /${slug}/: create src/content/docs/${slug}.mdx`).toBeDefined();
    if (!page) return;
    const data = pageData(page);
    const words = countText(proseBlocks(page.body)).words;
    expect(words, `${page.file}: ${words} words of prose; pages need 600–1,500`).toBeGreaterThanOrEqual(600);
    expect(words, `${page.file}: ${words} words of prose; pages need 600–1,500`).toBeLessThanOrEqual(1500);
    expect(new Set(data.sources).size, `${page.file}: cite at least 3 distinct sources`).toBeGreaterThanOrEqual(3);
    const due = addMonths(data.review.lastReviewed, spec.reviewMonths);
    expect(data.review.nextReview <= due, `${page.file}: this page is on a ${spec.reviewMonths}-month review cycle; nextReview must be on or before ${isoDate(due)}`).toBe(true);
  });
});
