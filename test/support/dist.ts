/** The built site as the site tests read it: the files the build wrote to dist/. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The HTML the build wrote for a site path: builtHtml('/procedure/recovery/'). */
export function builtHtml(path: string): string {
  return readFileSync(`dist${path}index.html`, 'utf8');
}

/** Every HTML file the build wrote, redirect pages and 404.html included: "dist/faq/index.html". */
export function builtHtmlFiles(dir = 'dist'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtHtmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}
