/**
 * Site search, in one place: a local Starlight plugin in the shape of Starlight's own DocSearch
 * plugin (@astrojs/starlight-docsearch). See README.md beside this file.
 *
 *  - Turns off Starlight's Pagefind step (`pagefind: false`) and supplies the `Search` component
 *    (Search.astro: the button and dialog; search-ui.ts and search-ui.css load only when a reader
 *    reaches for search, through the `lazy-module:` import in build/lazy-module.ts).
 *  - After the build, indexes dist/ with Pagefind itself, one index per page language
 *    (build/run-pagefind.ts), then deletes the Pagefind files nothing loads
 *    (build/prune-pagefind.ts). This runs before src/integrations/postbuild/ hashes inline
 *    scripts and precompresses: that integration adds itself after every listed one, and
 *    Starlight places a plugin's integrations right after its own.
 *  - Ranking (query.ts) and the hidden patient words per page (SearchAliases.astro, aliases.ts)
 *    live here too; the words themselves are content (src/config/search-terms.mjs, the glossary).
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazyModulePlugin } from './build/lazy-module';
import { prunePagefind } from './build/prune-pagefind';
import { runPagefind } from './build/run-pagefind';

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

export default function patientSearch(): StarlightPlugin {
  return {
    name: 'kyphoplasty:patient-search',
    hooks: {
      'config:setup'({ addIntegration, config, updateConfig }) {
        if (config.components?.Search) {
          throw new Error('patient-search supplies the Search component: remove `components.Search` from the Starlight config.');
        }
        updateConfig({
          pagefind: false,
          components: { ...config.components, Search: fileURLToPath(new URL('./Search.astro', import.meta.url)) },
        });
        addIntegration(searchIntegration());
      },
    },
  };
}

function searchIntegration(): AstroIntegration {
  return {
    name: 'kyphoplasty:patient-search',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { plugins: [lazyModulePlugin(command)] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const started = performance.now();
        const index = await runPagefind(dist, join(dist, 'pagefind'));
        logger.info(
          `Indexed ${index.pages} pages with Pagefind (${index.languages.join(', ')}) in ${Math.round(performance.now() - started)} ms.`,
        );
        const pruned = prunePagefind(dist);
        logger.info(`Removed ${pruned.removed.length} unused Pagefind files (${kb(pruned.bytes)}).`);
      },
    },
  };
}
