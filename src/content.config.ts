/**
 * Every piece of content is validated data. A bad field fails `astro build` with the file and
 * the field named; the schemas themselves live in src/lib/content-schemas.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import type { Loader } from 'astro/loaders';
import { glossarySchema, pageFields, sourceSchema } from './lib/content-schemas';
import { withRawDatesFromFile } from './lib/frontmatter';
import { missingMainMessage } from './lib/main-message';
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

export const collections = {
  /** Pages: src/content/docs/**.mdx, one file per URL. */
  docs: defineCollection({ loader: withPageChecks(docsLoader()), schema: docsSchema({ extend: pageFields }) }),
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
