/**
 * Astro writes each static redirect page with `<meta http-equiv="refresh" content="0;url=…">`.
 * Browsers follow it, but the HTML standard's syntax wants a space after the semicolon, and the
 * Nu HTML Checker reports every such page as an error. This rewrites the attribute as the
 * standard spells it: `content="0; url=…"`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../lib/build/files';

const ASTRO_REFRESH = /(<meta http-equiv="refresh" content=")(\d+);url=/g;

export function fixRedirectPages(dist: string): number {
  let fixed = 0;
  for (const file of filesUnder(dist).filter((f) => f.endsWith('.html'))) {
    const path = join(dist, file);
    const html = readFileSync(path, 'utf8');
    const standard = html.replace(ASTRO_REFRESH, '$1$2; url=');
    if (standard !== html) {
      writeFileSync(path, standard);
      fixed++;
    }
  }
  return fixed;
}
