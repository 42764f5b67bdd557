/**
 * Page frontmatter exactly as the build reads it, with the date fields as the editor wrote them.
 *
 * Astro parses frontmatter with js-yaml (YAML 1.1), which turns an unquoted `2026-13-45` into a
 * real Date by rolling it over (February 14, 2027) and `2026-02-30` into March 2, before any
 * schema sees it. So the docs collection's loader (content.config.ts, `withRawDates`) puts each
 * date field back as the text in the file, read a second time with the `yaml` package (YAML 1.2,
 * where dates stay text), and the schema (content-schemas.ts, `calendarDate`) accepts only a
 * real date written YYYY-MM-DD. The unit tests use `readFrontmatter` so they parse pages the way
 * the build does.
 */
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { parse as parseYaml12 } from 'yaml';

type Data = Record<string, unknown>;
const isObject = (x: unknown): x is Data => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Replaces the date fields in `data` (review.lastReviewed, review.nextReview, changes[].date, and on
 * Spanish pages translation.translatedOn) with their text in `raw`.
 */
export function withRawDates(data: Data, raw: string): Data {
  let text: unknown;
  try {
    text = parseYaml12(raw);
  } catch {
    return data; // The build's own parser accepted it; leave its reading alone.
  }
  if (!isObject(text)) return data;
  const out: Data = { ...data };
  const put = (target: Data, source: unknown, key: string) => {
    if (isObject(source) && key in source && key in target) target[key] = source[key];
  };
  if (isObject(out.review)) {
    out.review = { ...out.review };
    put(out.review as Data, text.review, 'lastReviewed');
    put(out.review as Data, text.review, 'nextReview');
  }
  if (isObject(out.translation)) {
    out.translation = { ...out.translation };
    put(out.translation as Data, text.translation, 'translatedOn');
  }
  if (Array.isArray(out.changes) && Array.isArray(text.changes)) {
    const changes = text.changes as unknown[];
    out.changes = out.changes.map((c, i) => {
      if (!isObject(c)) return c;
      const copy = { ...c };
      put(copy, changes[i], 'date');
      return copy;
    });
  }
  return out;
}

/** A page's frontmatter and body, parsed as the build parses them, date fields as written. */
export function readFrontmatter(source: string): { data: Data; raw: string; body: string } {
  const { frontmatter, rawFrontmatter, content } = parseFrontmatter(source, { frontmatter: 'remove' });
  return { data: withRawDates(frontmatter as Data, rawFrontmatter), raw: rawFrontmatter, body: content };
}

/** For the content loader: the date fields of the file at `filePath`, as written. */
export function withRawDatesFromFile(data: Data, filePath: string | undefined): Data {
  if (!filePath) return data;
  try {
    return withRawDates(data, parseFrontmatter(readFileSync(filePath, 'utf8')).rawFrontmatter);
  } catch {
    return data;
  }
}
