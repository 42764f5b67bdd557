/**
 * `import url from 'lazy-module:./file.ts'` bundles ./file.ts (and what it imports) as a script of
 * its own and gives its URL, for `import(url)` when it is needed.
 *
 * Why not a plain `import('./file.ts')`: Vite wraps every dynamic import it sees in a preloading
 * helper (`__vitePreload`, about 0.7 KB gzip), and puts that helper in the script that asks. For the
 * search button, on every page, the helper weighed more than the button's own code, and it has
 * nothing to preload. Only the client build emits the file; elsewhere, and in `astro dev`, the URL
 * is the source file's, which the dev server transforms on request.
 */
import { basename, dirname, extname, resolve } from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = 'lazy-module:';
const VIRTUAL = `\0${PREFIX}`;

/** The Vite plugin behind `lazy-module:` imports; `command` is Astro's ('dev', 'build', …). */
export function lazyModulePlugin(command: string): Plugin {
  return {
    name: 'kyphoplasty:lazy-module',
    resolveId(id: string, importer: string | undefined) {
      if (!id.startsWith(PREFIX) || !importer) return undefined;
      return VIRTUAL + resolve(dirname(importer.split('?')[0]!), id.slice(PREFIX.length));
    },
    load(id: string) {
      if (!id.startsWith(VIRTUAL)) return undefined;
      const file = id.slice(VIRTUAL.length);
      const client = (this as { environment?: { name: string } }).environment?.name === 'client';
      if (command !== 'build' || !client) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: file, name: basename(file, extname(file)) });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
