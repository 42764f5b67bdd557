/**
 * Hashes every inline script in dist/ and writes the headers: dist/_headers for Netlify and
 * Cloudflare Pages, and dist-nginx/security-headers.conf for nginx. Fails the build on an inline
 * event handler or javascript: URL, which no hash can allow.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, nginxDirFor } from '../../lib/build/files';
import { cspHash, inlineHandlers, inlineScripts } from '../../lib/build/inline-scripts';
import { netlifyHeaders, nginxHeaders, securityHeaders } from '../../lib/build/security-headers';

export function writeHeaders(dist: string): { pages: number; hashes: number } {
  const hashes = new Set<string>();
  const problems: string[] = [];
  const pages = filesUnder(dist).filter((f) => f.endsWith('.html'));
  for (const file of pages) {
    const html = readFileSync(join(dist, file), 'utf8');
    for (const body of inlineScripts(html)) hashes.add(cspHash(body));
    for (const handler of inlineHandlers(html)) problems.push(`${file}: ${handler}`);
  }
  if (problems.length) {
    throw new Error(`Inline event handlers or javascript: URLs would be blocked by the CSP. Use a <script> instead:\n${problems.join('\n')}`);
  }
  const headers = securityHeaders(hashes);
  writeFileSync(join(dist, '_headers'), netlifyHeaders(headers));
  mkdirSync(nginxDirFor(dist), { recursive: true });
  writeFileSync(join(nginxDirFor(dist), 'security-headers.conf'), nginxHeaders(headers));
  return { pages: pages.length, hashes: hashes.size };
}
