/**
 * An integration that hands the bundler `code` in place of one of Starlight's own modules.
 * For modules Starlight loads directly (from its page route or its internal components), which
 * no component override can replace. The Vite plugin runs before others (`enforce: 'pre'`), so
 * the original file is never read.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Starlight's installed dist/ folder. */
export function starlightDist(): string {
  // Found the way Node looks for packages: the package exports neither its package.json nor a
  // require() entry to resolve.
  const folders = createRequire(import.meta.url).resolve.paths('@astrojs/starlight') ?? [];
  const dist = folders.map((folder) => join(folder, '@astrojs', 'starlight', 'dist')).find((dir) => existsSync(dir));
  if (!dist) throw new Error('@astrojs/starlight is not installed: run npm ci.');
  return dist;
}

/**
 * Fails the build, naming the file, when a Starlight file that a build step replaces is no longer
 * where the step expects it: after an upgrade the step would otherwise do nothing, silently, and
 * the privacy or weight it protects would be lost.
 */
export function requireStarlightFile(step: string, files: string[], dist = starlightDist()): void {
  const missing = files.filter((file) => !existsSync(join(dist, file)));
  if (missing.length) {
    throw new Error(
      `${step}: Starlight no longer has ${missing.map((f) => `@astrojs/starlight/dist/${f}`).join(', ')}. ` +
        `This step replaces that file; find where the upgraded Starlight does the same thing and update ${step}.`,
    );
  }
}

/** `module` is the file's path under @astrojs/starlight/dist/, without its .js (or .ts) extension. */
export function stubStarlightModule(name: string, module: string, code: string): AstroIntegration {
  const ends = ['.js', '.ts'].map((ext) => `/@astrojs/starlight/dist/${module}${ext}`);
  return {
    name,
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        requireStarlightFile(name, [`${module}.js`]);
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
