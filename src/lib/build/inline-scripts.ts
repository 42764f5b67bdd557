/**
 * Finds what a Content-Security-Policy has to say about the scripts in a built HTML page:
 * the inline <script> elements the browser will run (allowed one by one by their SHA-256 hash),
 * and the inline event handlers and javascript: URLs that no hash can allow.
 * Pure string work with no dependencies: the build, the bench and the tests all use it.
 */
import { createHash } from 'node:crypto';

const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
/** Script types a browser executes. Anything else (JSON-LD, templates) is data, which CSP ignores. */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript']);

function attribute(attrs: string, name: string): string | undefined {
  const m = attrs.match(new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|/|$)`, 'i'));
  if (!m) return undefined;
  return m[1] ?? m[2] ?? m[3] ?? '';
}

/** The text of every inline script the browser would execute, exactly as written in the page. */
export function inlineScripts(html: string): string[] {
  const bodies: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
    if (attribute(attrs, 'src') !== undefined) continue;
    const type = (attribute(attrs, 'type') ?? '').trim().toLowerCase();
    if (EXECUTABLE_TYPES.has(type)) bodies.push(body);
  }
  return bodies;
}

/** A CSP source expression for one inline script: the browser hashes the text between the tags. */
export function cspHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/**
 * Inline event handlers (`onclick="…"`) and `javascript:` URLs. A strict CSP blocks them and a
 * hash cannot allow them (short of 'unsafe-hashes'), so the build refuses pages that have any.
 */
export function inlineHandlers(html: string): string[] {
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '<$1>');
  const found: string[] = [];
  for (const [tag = '', name = '', attrs = ''] of markup.matchAll(/<([a-z][a-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)) {
    const names = attrs.replace(/"[^"]*"|'[^']*'/g, '""');
    for (const [, handler] of names.matchAll(/(?:^|\s)(on[a-z]+)\s*=/gi)) found.push(`<${name} ${handler}=…>`);
    if (/(?:^|\s)(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(attrs)) found.push(tag.slice(0, 80));
  }
  return found;
}
