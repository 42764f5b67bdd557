/**
 * What stops a build of the Spanish edition (issue 11, "no silent English" and "plain Spanish,
 * measured"): an English page without its Spanish twin, a Spanish page without an English page,
 * a Spanish page whose frontmatter is invalid, English prose left for a Spanish reader, and
 * Spanish that reads too hard (Szigriszt-Pazos on the INFLESZ scale: at least 55 on every page,
 * a median of at least 65; content standards, "Spanish").
 *
 * The build runs these through src/integrations/spanish-edition.ts; test/unit/spanish-pages.test.ts
 * holds each page to them one by one, and adds what needs the English twin's text (the same
 * sources, citations and numbers).
 */
import { englishPassages, readerPassages } from '../language-check';
import { proseBlocks } from '../prose';
import { readingEase } from '../readability-es';
import { spanishPageFields } from '../translation';
import type { PageFile } from './page-files';

export const MIN_PAGE_EASE = 55;
export const MIN_MEDIAN_EASE = 65;

/** The frontmatter a reader sees: title, description, key points and main message. */
export const frontmatterTexts = (data: { title?: string; description: string; keyPoints: string[]; mainMessage?: string }) =>
  [data.title ?? '', data.description, ...data.keyPoints, data.mainMessage ?? ''].filter(Boolean);

export const median = (values: readonly number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export interface SpanishEditionReport {
  /** One line per problem, each naming the file and what to do. */
  problems: string[];
  /** INFLESZ per Spanish page with prose to measure. */
  ease: Map<string, number>;
}

/** Checks the Spanish pages against the English ones; no problems means the edition may be built. */
export function checkSpanishEdition(english: readonly PageFile[], spanish: readonly PageFile[]): SpanishEditionReport {
  const problems: string[] = [];
  const ease = new Map<string, number>();
  const englishSlugs = new Set(english.map((p) => p.slug));
  const spanishSlugs = new Set(spanish.map((p) => p.slug));
  for (const p of english) if (!spanishSlugs.has(p.slug)) problems.push(`${p.file} has no Spanish twin: translate it as src/content/docs/es/${p.file.replace(/^src\/content\/docs\//, '')}`);
  for (const page of spanish) {
    if (!englishSlugs.has(page.slug)) {
      problems.push(`${page.file} translates no English page: an English page with the same path must exist`);
      continue;
    }
    const r = spanishPageFields.safeParse(page.frontmatter);
    if (!r.success) {
      problems.push(`${page.file}: ${r.error.issues.map((i) => `${i.path.join('.') || '(page)'}: ${i.message}`).join('; ')}`);
      continue;
    }
    const english = englishPassages([...frontmatterTexts(r.data), ...readerPassages(page.body)]);
    if (english.length) problems.push(`${page.file} leaves English for a Spanish reader: ${english.map((t) => `"${t.slice(0, 60)}"`).join('; ')}`);
    const score = readingEase(proseBlocks(page.body));
    if (score === null) continue;
    ease.set(page.file, score);
    if (score < MIN_PAGE_EASE) problems.push(`${page.file} reads too hard: INFLESZ ${score}, at least ${MIN_PAGE_EASE} needed; shorter sentences and shorter, common words raise it`);
  }
  if (ease.size && median([...ease.values()]) < MIN_MEDIAN_EASE) {
    problems.push(`The Spanish pages read too hard together: median INFLESZ ${median([...ease.values()]).toFixed(1)}, at least ${MIN_MEDIAN_EASE} needed`);
  }
  return { problems, ease };
}
