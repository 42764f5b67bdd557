/**
 * An integration that hands the bundler `code` in place of one of Starlight's own modules.
 * For modules Starlight loads directly (from its page route or its internal components), which
 * no component override can replace. The Vite plugin runs before others (`enforce: 'pre'`), so
 * the original file is never read.
 */
import type { AstroIntegration } from 'astro';

/** `module` is the file's path under @astrojs/starlight/dist/, without its .js (or .ts) extension. */
export function stubStarlightModule(name: string, module: string, code: string): AstroIntegration {
  const ends = ['.js', '.ts'].map((ext) => `/@astrojs/starlight/dist/${module}${ext}`);
  return {
    name,
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name,
                enforce: 'pre',
                load(id: string) {
                  const file = id.split('?')[0]!.replace(/\\/g, '/');
                  return ends.some((end) => file.endsWith(end)) ? code : undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}
