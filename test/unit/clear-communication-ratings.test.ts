/**
 * Clear communication (issue 16): every patient page has a rating sheet next to its content
 * (src/content/ratings/<page path>.yaml; the home page is index.yaml), the sheet names a page
 * that exists, it rated the page's current review, and the scores computed from its answers
 * reach the pass marks: CDC Clear Communication Index ≥ 90, PEMAT-P understandability and
 * actionability ≥ 70 %. Prints the table of scores per page.
 *
 * Which pages are patient pages: every page in src/content/docs except those listed in
 * NOT_PATIENT_MATERIAL below, with the reason. A new page is therefore rated by default.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { PASS_MARKS } from '../../src/lib/clear-communication/instruments';
import { answersOf, ratingSheetSchema, type RatingSheet } from '../../src/lib/clear-communication/rating-sheet';
import { scoreSheet, type SheetScores } from '../../src/lib/clear-communication/score';
import { isoDate } from '../../src/lib/dates';
import { loadPages, pageData, ROOT } from '../support/content';

const RATINGS = join(ROOT, 'src/content/ratings');

/**
 * Pages that are not patient education material, so neither instrument is applied. The rule:
 * a page is rated when a patient or family member reads it to understand kyphoplasty or to act;
 * site machinery, lists of other pages, reference lists and pages written for clinic staff are not.
 */
const NOT_PATIENT_MATERIAL: Record<string, string> = {
  '404': 'error page',
  changelog: 'list of changes to the site',
  'all-pages': 'list of other pages',
  sources: 'reference list',
  glossary: 'reference list of definitions; each term is rated where a page uses it',
  'for-clinics': 'written for clinic staff, not patients',
};
const notPatientMaterial = (slug: string) => slug in NOT_PATIENT_MATERIAL || slug.startsWith('sources/') || slug.startsWith('about/');

/**
 * Patient pages still waiting for a rating sheet, each with the reason. The test fails as soon
 * as one gets a sheet, so this list can only shrink.
 */
const AWAITING_RATING: Record<string, string> = {};

/**
 * Rated pages that stay under a pass mark, each with the reason (what fixing it needs). The
 * test fails as soon as one passes, so this list can only shrink.
 */
const BELOW_PASS_MARK: Record<string, string> = {};

const pathOf = (slug: string) => (slug === '' ? '/' : `/${slug}/`);

function sheetFiles(dir = RATINGS): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sheetFiles(join(dir, d.name)) : d.name.endsWith('.yaml') ? [join(dir, d.name)] : [],
  );
}

/** src/content/ratings/procedure/recovery.yaml → "/procedure/recovery/"; index.yaml → "/". */
const pathOfSheet = (file: string) => pathOf(relative(RATINGS, file).replace(/\.yaml$/, '').replace(/(^|\/)index$/, ''));

interface Rated {
  file: string;
  sheet: RatingSheet;
  scores: SheetScores;
}

const rated = new Map<string, Rated>();
for (const path of sheetFiles()) {
  const file = relative(ROOT, path);
  const result = ratingSheetSchema.safeParse(parseYaml(readFileSync(path, 'utf8')));
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.') || '(sheet)'}: ${i.message}`).join('; ')}`);
  const sheet = result.data;
  rated.set(pathOfSheet(path), { file, sheet, scores: scoreSheet(answersOf(sheet.pemat), answersOf(sheet.cdc)) });
}

const pages = loadPages();
const patientPages = pages.filter((p) => !notPatientMaterial(p.slug));
const pagePaths = new Set(pages.map((p) => pathOf(p.slug)));

const passes = (s: SheetScores) =>
  s.cdc.score >= PASS_MARKS.cdc &&
  s.pematUnderstandability.score >= PASS_MARKS.pematUnderstandability &&
  s.pematActionability.score >= PASS_MARKS.pematActionability;

describe('clear-communication rating sheets', () => {
  it('prints the scores per page', () => {
    const rows = patientPages.map((p) => {
      const r = rated.get(pathOf(p.slug));
      return r
        ? `${pathOf(p.slug).padEnd(52)} ${String(r.scores.pematUnderstandability.score).padStart(4)}% ${String(r.scores.pematActionability.score).padStart(4)}% ${String(r.scores.cdc.score).padStart(4)}`
        : `${pathOf(p.slug).padEnd(52)}   not rated yet`;
    });
    console.log(['Page'.padEnd(52) + ' PEMAT-U PEMAT-A  CDC', ...rows].join('\n'));
    expect(rows.length).toBe(patientPages.length);
  });

  it.each(patientPages.filter((p) => !(pathOf(p.slug) in AWAITING_RATING)).map((p) => [pathOf(p.slug), p.file] as const))('%s has a rating sheet', (path, file) => {
    expect(rated.has(path), `no ${file.replace('src/content/docs/', 'src/content/ratings/').replace(/\.mdx?$/, '.yaml')}`).toBe(true);
  });

  it.each(Object.keys(AWAITING_RATING))('%s is still waiting for its rating (remove it from AWAITING_RATING when it has one)', (path) => {
    expect(rated.has(path)).toBe(false);
  });

  it.each([...rated.values()].map((r) => [r.file, r] as const))('%s names the page it sits beside, which exists', (file, r) => {
    expect(pagePaths.has(r.sheet.page), `${file}: no page at ${r.sheet.page}`).toBe(true);
    expect(pathOfSheet(join(ROOT, file)), `${file} is not at the path of ${r.sheet.page}`).toBe(r.sheet.page);
  });

  it.each([...rated.values()].map((r) => [r.file, r] as const))('%s rated the page as it is now (not reviewed since)', (file, r) => {
    const page = pages.find((p) => pathOf(p.slug) === r.sheet.page);
    if (!page) return; // reported by the test above
    const lastReviewed = isoDate(pageData(page).review.lastReviewed);
    expect(isoDate(r.sheet.pageLastReviewed), `${file}: the page says lastReviewed ${lastReviewed}`).toBe(lastReviewed);
    expect(isoDate(r.sheet.rated) >= lastReviewed, `${file}: the page was reviewed (${lastReviewed}) after it was rated; rate it again`).toBe(true);
  });

  it.each([...rated.values()].filter((r) => !(r.sheet.page in BELOW_PASS_MARK)).map((r) => [r.sheet.page, r] as const))(
    '%s reaches CDC ≥ 90 and PEMAT-P ≥ 70 % on both scales',
    (_path, r) => {
      expect(r.scores.cdc.score, `${r.file}: CDC Index`).toBeGreaterThanOrEqual(PASS_MARKS.cdc);
      expect(r.scores.pematUnderstandability.score, `${r.file}: PEMAT-P understandability`).toBeGreaterThanOrEqual(PASS_MARKS.pematUnderstandability);
      expect(r.scores.pematActionability.score, `${r.file}: PEMAT-P actionability`).toBeGreaterThanOrEqual(PASS_MARKS.pematActionability);
    },
  );

  it.each(Object.keys(BELOW_PASS_MARK))('%s is still under a pass mark (remove it from BELOW_PASS_MARK when it passes)', (path) => {
    const r = rated.get(path);
    expect(r, `${path} has a sheet`).toBeDefined();
    expect(passes(r!.scores)).toBe(false);
  });

  it('the main message each sheet rated is the one on the page (or, with none on the page, the sheet says so)', () => {
    for (const r of rated.values()) {
      const page = pages.find((p) => pathOf(p.slug) === r.sheet.page);
      if (!page) continue;
      const onPage = pageData(page).mainMessage;
      if (onPage) expect(r.sheet.mainMessage, r.file).toBe(onPage);
      else expect(r.sheet.cdc['1']?.answer, `${r.file}: the page has no mainMessage, so CDC item 1 is "no"`).toBe('no');
    }
  });
});
