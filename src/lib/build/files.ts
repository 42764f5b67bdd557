/**
 * Lists every file under a folder, as paths relative to it with forward slashes, sorted.
 * The build steps and the tests that read dist/ share it, so both see the same files.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

/**
 * The nginx configuration the build writes lives beside dist/, not in it: a CDN publishes every
 * file in dist/, and server configuration is not for the public. "dist" → "dist-nginx".
 */
export const nginxDirFor = (dist: string) => `${dist.replace(/[\\/]+$/, '')}-nginx`;
