/**
 * Every piece of content is validated data. A bad field fails `astro build` with the file and
 * the field named; the schemas themselves live in src/lib/content-schemas.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glossarySchema, pageFields, sourceSchema } from './lib/content-schemas';
import { parseQuestionsYaml } from './lib/scorer/load';
import { questionEntrySchema } from './lib/scorer/schema';

export const collections = {
  /** Pages: src/content/docs/**.mdx, one file per URL. */
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageFields }) }),
  /** Interface text overrides (src/content/i18n/en.json); a Spanish file can join it later. */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  /** One YAML file per cited work: src/content/sources/<id>.yaml. */
  sources: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/sources' }), schema: sourceSchema }),
  /** Plain-language definitions: src/content/glossary/terms.yaml, keyed by term id. */
  glossary: defineCollection({ loader: file('./src/content/glossary/terms.yaml'), schema: glossarySchema }),
  /** The provider question scorer's questions: src/content/questions/questions.yaml (file order is page order). */
  questions: defineCollection({
    loader: file('./src/content/questions/questions.yaml', { parser: parseQuestionsYaml }),
    schema: questionEntrySchema,
  }),
};
