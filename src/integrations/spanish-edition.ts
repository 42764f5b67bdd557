/**
 * The build refuses a Spanish edition that would let a Spanish reader down (issue 11): an English
 * page with no Spanish twin (Starlight would serve its English fallback under /es/), English prose
 * left in a Spanish page, or Spanish that reads too hard. The rules are
 * src/lib/build/spanish-edition-rules.ts; this only runs them before `astro build` and stops it
 * with every problem named by file. `astro dev` only warns, so a page can be written while its
 * twin is on the way. Nothing runs while the edition is not published (src/config/languages.mjs).
 * Out-of-date translations do not stop the build: their pages tell readers (TranslationNotice.astro).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { SPANISH_EDITION_PUBLISHED } from '../config/languages.mjs';
import { loadPages } from '../lib/build/page-files';
import { checkSpanishEdition, median } from '../lib/build/spanish-edition-rules';

export default function spanishEdition(): AstroIntegration {
  return {
    name: 'kyphoplasty:spanish-edition',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // Build and dev only: `astro sync` and `astro check` load the config too, and need not repeat it.
        if (!SPANISH_EDITION_PUBLISHED || (command !== 'build' && command !== 'dev')) return;
        const root = fileURLToPath(config.root);
        const { problems, ease } = checkSpanishEdition(loadPages(root, 'en'), loadPages(root, 'es'));
        if (!problems.length) {
          const scores = [...ease.values()];
          logger.info(`Spanish edition: ${ease.size} pages, INFLESZ median ${median(scores).toFixed(1)}, lowest ${Math.min(...scores)}.`);
          return;
        }
        const message = `The Spanish edition cannot be built as it is:\n  ${problems.join('\n  ')}`;
        if (command === 'build') throw new Error(message);
        logger.warn(message);
      },
    },
  };
}
