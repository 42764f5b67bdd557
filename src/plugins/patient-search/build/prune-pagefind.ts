/**
 * Deletes the Pagefind files no page loads (see pagefind-files.ts for which ones
 * and why). About 480 KB of dist/ that would otherwise be deployed and cached for nothing.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../../lib/build/files';
import { unusedPagefindFiles, type PagefindEntry } from './pagefind-files';

export function prunePagefind(dist: string): { removed: string[]; bytes: number } {
  const dir = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const removed = unusedPagefindFiles(filesUnder(dir), entry);
  let bytes = 0;
  for (const file of removed) {
    bytes += statSync(join(dir, file)).size;
    rmSync(join(dir, file));
  }
  return { removed, bytes };
}
