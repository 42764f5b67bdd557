/**
 * The Spanish edition, page by page, against the English pages it translates (issue 11). These
 * run on the files in src/content/docs/es/ whether or not the edition is published yet
 * (src/config/languages.mjs), so a translation is checked the day it is written:
 *  - its frontmatter is valid, and it names the English page it translates and which version;
 *  - it reads easily in Spanish: Szigriszt-Pazos on the INFLESZ scale at least 55 on every page,
 *    and a median of at least 65 (content standards, "Spanish");
 *  - it leaves no English prose for a Spanish reader;
 *  - the medicine survived: the same sources, the same citations and the same numbers as English.
 * A translation older than its English page is reported, not failed: the page says so to readers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SPANISH_EDITION_PUBLISHED } from '../../src/config/languages.mjs';
import { englishPassages, readerPassages } from '../../src/lib/language-check';
import { orderedJsxIds } from '../../src/lib/mdx-tree';
import { proseBlocks } from '../../src/lib/prose';
import { readingEase } from '../../src/lib/readability-es';
import { numbersIn, spanishPageFields, translationAge, type Translation } from '../../src/lib/translation';
import { MIN_MEDIAN_EASE, MIN_PAGE_EASE as MIN_EASE, frontmatterTexts, median } from '../../src/lib/build/spanish-edition-rules';
import { loadPages, pageData, ROOT, type PageFile } from '../support/content';

const english = new Map(loadPages('en').map((p) => [p.slug, p]));
const spanish = loadPages('es');

function spanishData(page: PageFile) {
  const r = spanishPageFields.safeParse(page.frontmatter);
  if (!r.success) throw new Error(`${page.file}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}

const ease = new Map<string, number>();
const stale: string[] = [];
afterAll(() => {
  const translated = spanish.length;
  console.log(`Spanish edition: ${translated} of ${english.size} English pages translated${SPANISH_EDITION_PUBLISHED ? '' : ' (not yet published)'}.`);
  if (stale.length) console.warn(`Spanish pages older than their English page (they show readers a dated notice):\n  ${stale.join('\n  ')}`);
});

describe('the Spanish edition', () => {
  it('translates only pages that exist in English, and every one of them once published', () => {
    const orphans = spanish.filter((p) => !english.has(p.slug)).map((p) => p.file);
    expect(orphans, 'Spanish pages with no English page').toEqual([]);
    if (SPANISH_EDITION_PUBLISHED) {
      const missing = [...english.keys()].filter((slug) => !spanish.some((p) => p.slug === slug));
      expect(missing.map((s) => `src/content/docs/es/${s || 'index'}.mdx`), 'English pages with no Spanish twin').toEqual([]);
    }
  });

  describe.each(spanish.map((p) => [p.file, p] as const))('%s', (_file, page) => {
    const twin = english.get(page.slug);

    it('has valid frontmatter that names the English file it translates', () => {
      const data = spanishData(page);
      expect(join('src/content/docs', data.translation.of)).toBe(twin?.file);
    });

    it(`reads easily in Spanish (INFLESZ at least ${MIN_EASE})`, () => {
      const score = readingEase(proseBlocks(page.body));
      if (score === null) return;
      ease.set(page.file, score);
      expect(score, `${page.file}: INFLESZ ${score}; shorter sentences and shorter, common words raise it`).toBeGreaterThanOrEqual(MIN_EASE);
    });

    it('leaves no English for a Spanish reader', () => {
      const data = spanishData(page);
      expect(englishPassages([...frontmatterTexts(data), ...readerPassages(page.body)])).toEqual([]);
    });

    it('cites the same sources as its English page', () => {
      const data = spanishData(page);
      // The same works; their order follows where each is first cited, which Spanish word order may change.
      expect([...data.sources].sort()).toEqual([...pageData(twin!).sources].sort());
      expect(orderedJsxIds(page.body, 'Cite').sort()).toEqual(orderedJsxIds(twin!.body, 'Cite').sort());
    });

    it('gives the same numbers as its English page', () => {
      const data = spanishData(page);
      const en = pageData(twin!);
      expect(numbersIn([...frontmatterTexts(data), ...readerPassages(page.body)])).toEqual(
        numbersIn([...frontmatterTexts({ ...en, title: String(twin!.frontmatter.title ?? '') }), ...readerPassages(twin!.body)]),
      );
    });

    it('knows whether its English page has changed since', () => {
      const data = spanishData(page);
      const age = translationAge(data.translation, readFileSync(join(ROOT, twin!.file), 'utf8'), { changes: pageData(twin!).changes, lastReviewed: pageData(twin!).review.lastReviewed });
      if (!age.current) stale.push(`${page.file} (English ${twin!.file} changed${age.englishUpdated ? ` on ${age.englishUpdated.toISOString().slice(0, 10)}` : ''})`);
    });
  });

  it.runIf(spanish.length > 0)(`has a median INFLESZ of at least ${MIN_MEDIAN_EASE}`, () => {
    const scores = [...ease.values()].sort((a, b) => a - b);
    console.log(`INFLESZ over ${scores.length} Spanish pages: median ${median(scores).toFixed(1)}, lowest ${scores[0]}`);
    expect(median(scores)).toBeGreaterThanOrEqual(MIN_MEDIAN_EASE);
  });
});

describe('a translation that knows its age (fixture)', () => {
  const translation: Translation = { of: 'procedure/recovery.mdx', sourceHash: '', translatedOn: new Date('2026-12-06T00:00:00Z') };
  const englishThen = '---\ntitle: Recovery\n---\nRest for a day.\n';
  const englishNow = '---\ntitle: Recovery\n---\nRest for two days.\n';

  it('is current while the English file is the one it translated', async () => {
    const { sourceHash } = await import('../../src/lib/translation');
    expect(translationAge({ ...translation, sourceHash: sourceHash(englishThen) }, englishThen, {})).toEqual({ current: true });
  });

  it('is out of date once the English file changes, dated by the English change log', async () => {
    const { sourceHash } = await import('../../src/lib/translation');
    const pinned = { ...translation, sourceHash: sourceHash(englishThen) };
    const changes = [{ date: new Date('2026-11-01T00:00:00Z') }, { date: new Date('2027-01-15T00:00:00Z') }];
    expect(translationAge(pinned, englishNow, { changes })).toEqual({ current: false, englishUpdated: new Date('2027-01-15T00:00:00Z') });
    expect(translationAge(pinned, englishNow, { changes: [], lastReviewed: new Date('2026-11-01T00:00:00Z') })).toEqual({ current: false, englishUpdated: null });
  });
});
