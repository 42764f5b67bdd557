/**
 * Every piece of content is validated data. A bad field fails `astro build` with the file and
 * the field named; the schemas themselves live in src/lib/content-schemas.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { SPANISH_DIR, SPANISH_EDITION_PUBLISHED } from './config/languages.mjs';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import englishStrings from './content/i18n/en.json';
import type { Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glossarySchema, pageFields, sourceSchema } from './lib/content-schemas';
import { translationFields } from './lib/translation';
import { ratingSheetSchema } from './lib/clear-communication/rating-sheet';
import { readFrontmatter, withRawDatesFromFile } from './lib/frontmatter';
import { missingMainMessage } from './lib/main-message';
import { glossaryNumberMessages, pageNumberMessages, PlainNumbersError } from './lib/number-check';
import { parseQuestionsYaml } from './lib/scorer/load';
import { questionEntrySchema } from './lib/scorer/schema';

/**
 * Stops the build, naming the file, when a page that must state a main message has none
 * (src/lib/main-message.ts). Then hands the schema each date field as written in the file, not as the YAML parser rolled it over
 * (`2026-13-45` would otherwise arrive as February 14, 2027). See src/lib/frontmatter.ts.
 */
function withPageChecks(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: <TData extends Record<string, unknown>>(props: { id: string; data: TData; filePath?: string }) => {
          const missing = missingMainMessage(props.data, props.filePath);
          if (missing) throw new Error(missing);
          return context.parseData({ ...props, data: withRawDatesFromFile(props.data, props.filePath) as TData });
        },
      }),
  };
}

/**
 * Stops the build when an entry's prose has a number the reader would have to work out (a
 * percentage, decimal, fraction or multiple), naming the file and the sentence. `messages` gets
 * the file's path from the project root, the entry's data and a way to read the file's text.
 * See src/lib/number-check.ts and "Numbers" in README.md.
 */
function withPlainNumbers(loader: Loader, messages: (file: string, id: string, data: Record<string, unknown>, text: () => string) => string[]): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: <TData extends Record<string, unknown>>(props: { id: string; data: TData; filePath?: string }) => {
          if (props.filePath) {
            const file = relative(fileURLToPath(context.config.root), props.filePath);
            const found = messages(file, props.id, props.data, () => readFileSync(props.filePath!, 'utf8'));
            if (found.length > 0) throw new PlainNumbersError(found);
          }
          return context.parseData(props);
        },
      }),
  };
}

const pageNumbers = (file: string, _id: string, data: Record<string, unknown>, text: () => string) =>
  pageNumberMessages(file, data, readFrontmatter(text()).body);
const glossaryNumbers = (file: string, id: string, data: Record<string, unknown>) => glossaryNumberMessages(file, id, data.definition);

/**
 * Our interface strings: the keys English defines, each a string in every language. Typed from
 * en.json itself, so `Astro.locals.t('kg.…')` with a key English lacks fails the type check.
 */
type SiteStringKey = keyof typeof englishStrings;
const siteStrings = z.object(Object.fromEntries(Object.keys(englishStrings).map((key) => [key, z.string()])) as Record<SiteStringKey, z.ZodString>).partial();

/**
 * Starlight's loader for src/content/docs/, or, until the Spanish edition is published
 * (src/config/languages.mjs), the same files without the Spanish ones. Starlight's own pattern,
 * with the Spanish folder left out (its loader takes no pattern).
 */
const pagesLoader = (): Loader =>
  SPANISH_EDITION_PUBLISHED
    ? docsLoader()
    : { name: 'pages-without-unpublished-spanish', load: glob({ base: './src/content/docs', pattern: ['**/[^_]*.{markdown,mdown,mkdn,mkd,mdwn,md,mdx}', `!${SPANISH_DIR}/**`] }).load };

export const collections = {
  /** Pages: src/content/docs/**.mdx, one file per URL. */
  docs: defineCollection({
    loader: withPlainNumbers(withPageChecks(pagesLoader()), pageNumbers),
    // Spanish pages also say which English page, and which version of it, they translate.
    schema: docsSchema({ extend: pageFields.extend({ translation: translationFields.optional() }) }),
  }),
  /**
   * Interface text: Starlight's own strings we override, and ours (`kg.*`), in
   * src/content/i18n/en.json and es.json (test/unit/interface-strings.test.ts keeps the two alike).
   */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: siteStrings }) }),
  /** One YAML file per cited work: src/content/sources/<id>.yaml. */
  sources: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/sources' }), schema: sourceSchema }),
  /** Plain-language definitions: src/content/glossary/terms.yaml, keyed by term id. */
  glossary: defineCollection({ loader: withPlainNumbers(file('./src/content/glossary/terms.yaml'), glossaryNumbers), schema: glossarySchema }),
  /** The same terms in Spanish, same ids (src/content/glossary/terms-es.yaml): the Spanish edition's glossary and word pop-ups. */
  glossaryEs: defineCollection({ loader: withPlainNumbers(file('./src/content/glossary/terms-es.yaml'), glossaryNumbers), schema: glossarySchema }),
  /** The provider question scorer's questions: src/content/questions/questions.yaml (file order is page order). */
  questions: defineCollection({
    loader: file('./src/content/questions/questions.yaml', { parser: parseQuestionsYaml }),
    schema: questionEntrySchema,
  }),
  /** The same questions and answers in Spanish, same ids (src/content/questions/questions-es.yaml). */
  questionsEs: defineCollection({
    loader: file('./src/content/questions/questions-es.yaml', { parser: parseQuestionsYaml }),
    schema: questionEntrySchema,
  }),
  /**
   * Clear-communication rating sheets: src/content/ratings/<page path>.yaml, one per patient page
   * (PEMAT-P and CDC Clear Communication Index answers with reasons; scores are computed).
   * See "Clear communication ratings" in README.md.
   */
  ratings: defineCollection({ loader: glob({ pattern: '**/*.yaml', base: './src/content/ratings' }), schema: ratingSheetSchema }),
};
