/**
 * Reads the site's content straight from src/content, the way the build does, so content rules
 * can be checked in a second without building. Used by the unit tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadPages as loadPageFiles, type PageFile } from '../../src/lib/build/page-files';
import { pageFields, sourceSchema, glossarySchema, type PageFields } from '../../src/lib/content-schemas';
import { parseQuestionsYaml } from '../../src/lib/scorer/load';

export const ROOT = new URL('../../', import.meta.url).pathname;
const SOURCES = join(ROOT, 'src/content/sources');
const GLOSSARY = join(ROOT, 'src/content/glossary/terms.yaml');
export const QUESTIONS_FILE = 'src/content/questions/questions.yaml';

export type { PageFile } from '../../src/lib/build/page-files';
export { splitFrontmatter } from '../../src/lib/build/page-files';

/** The English pages, or with `'es'` the Spanish ones (src/lib/build/page-files.ts). */
export const loadPages = (language: 'en' | 'es' = 'en'): PageFile[] => loadPageFiles(ROOT, language);

/** Frontmatter validated with the same schema the build uses; throws with file and field. */
export function pageData(page: PageFile): PageFields {
  const result = pageFields.safeParse(page.frontmatter);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(page)'}: ${i.message}`).join('; ');
    throw new Error(`${page.file}: ${issues}`);
  }
  return result.data;
}

export function loadSourceIds(): Set<string> {
  return new Set(
    readdirSync(SOURCES)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, '')),
  );
}

export function loadSources() {
  return [...loadSourceIds()].map((id) => {
    const file = `src/content/sources/${id}.yaml`;
    return { id, file, result: sourceSchema.safeParse(parseYaml(readFileSync(join(ROOT, file), 'utf8'))) };
  });
}

/** The glossary, or with `'es'` its Spanish twin (src/content/glossary/terms-es.yaml, same ids). */
export function loadGlossary(language: 'en' | 'es' = 'en') {
  const raw = parseYaml(readFileSync(language === 'es' ? GLOSSARY.replace(/\.yaml$/, '-es.yaml') : GLOSSARY, 'utf8')) as Record<string, unknown>;
  return Object.entries(raw).map(([id, value]) => ({ id, result: glossarySchema.safeParse(value) }));
}

/**
 * The scorer's questions as the build reads them (with each one's `position` in the file), not
 * yet checked against the schema, so test/unit/scorer-questions.test.ts can report each failure.
 */
export function loadQuestions(language: 'en' | 'es' = 'en'): unknown[] {
  const data = parseQuestionsYaml(readFileSync(join(ROOT, language === 'es' ? QUESTIONS_FILE.replace(/\.yaml$/, '-es.yaml') : QUESTIONS_FILE), 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${QUESTIONS_FILE}: must be a list of questions, each starting with "- id:"`);
  return data;
}
