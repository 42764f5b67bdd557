/**
 * The security headers and the Content-Security-Policy, as nginx serves them with the site's
 * own config: every header on pages, assets, search files and the 404 page; the right MIME types
 * and cache times; a policy that allows exactly this build's inline scripts; and no page, search
 * included, that trips the policy in Chromium.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { filesUnder } from '../../src/lib/build/files';
import { cspHash, inlineScripts } from '../../src/lib/build/inline-scripts';
import { DEFAULT_CACHE_CONTROL } from '../../src/lib/build/security-headers';
import { launchBrowser } from '../../scripts/lib/browser';
import { MISSING_PATHS, sitemapPaths } from '../../scripts/lib/pages';
import { openSearch } from '../support/search';

const baseUrl = inject('baseUrl');
const paths = sitemapPaths();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** dist/_headers as { path pattern: { header: value } }. */
function parseHeadersFile(): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const line of readFileSync('dist/_headers', 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules[line.trim()] = current = {};
    else {
      const [, name, value] = line.match(/^\s+([^:]+):\s*(.*)$/)!;
      current![name!.toLowerCase()] = value!;
    }
  }
  return rules;
}

const rules = parseHeadersFile();
const security = rules['/*']!;
const files = (dir: string) =>
  filesUnder(`dist/${dir}`)
    .filter((f) => !f.endsWith('.gz'))
    .map((f) => `/${dir}/${f}`);
const expectedCache = (path: string) =>
  path.startsWith('/_astro/') ? rules['/_astro/*']!['cache-control'] : path.startsWith('/pagefind/') ? rules['/pagefind/*']!['cache-control'] : DEFAULT_CACHE_CONTROL;

const MIME: [RegExp, RegExp][] = [
  [/\/$|\.html$/, /^text\/html; charset=utf-8$/],
  [/\.css$/, /^text\/css; charset=utf-8$/],
  [/\.js$/, /^application\/javascript; charset=utf-8$/],
  [/\.json$/, /^application\/json; charset=utf-8$/],
  [/\.svg$/, /^image\/svg\+xml; charset=utf-8$/],
  [/\.xml$/, /^(?:text|application)\/xml; charset=utf-8$/],
  [/\.(?:pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/, /^application\/octet-stream$/],
];

describe('security headers on every kind of response', () => {
  it('the generated header files carry every header the site needs', () => {
    expect(Object.keys(security).sort()).toEqual(
      [
        'content-security-policy',
        'cross-origin-opener-policy',
        'cross-origin-resource-policy',
        'permissions-policy',
        'referrer-policy',
        'strict-transport-security',
        'x-content-type-options',
        'x-frame-options',
      ].sort(),
    );
    const csp = security['content-security-policy']!;
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]{43}=')+;/);
    expect(csp).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'|\*/);
    expect(security['referrer-policy']).toBe('no-referrer');
    expect(security['x-content-type-options']).toBe('nosniff');
    expect(security['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
    expect(security['permissions-policy']).toMatch(/camera=\(\), .*geolocation=\(\), .*microphone=\(\)/);
  });

  it('the nginx include says exactly what _headers says', () => {
    const nginx = Object.fromEntries(
      [...readFileSync('dist-nginx/security-headers.conf', 'utf8').matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((m) => [m[1]!.toLowerCase(), m[2]!]),
    );
    expect(nginx).toEqual(security);
  });

  it("allows exactly this build's inline scripts, by hash", () => {
    const hashes = new Set(paths.concat('/404').flatMap((p) => inlineScripts(readFileSync(`dist${p === '/404' ? '/404.html' : `${p}index.html`}`, 'utf8')).map(cspHash)));
    const allowed = new Set(security['content-security-policy']!.match(/'sha256-[^']+'/g));
    expect([...hashes].filter((h) => !allowed.has(h)), 'inline scripts the policy would block').toEqual([]);
    expect([...allowed].filter((h) => !hashes.has(h)), 'stale hashes').toEqual([]);
  });

  const targets = [
    ...paths,
    '/about/privacy', // redirected to the trailing-slash address
    ...MISSING_PATHS,
    '/favicon.svg',
    '/sitemap-index.xml',
    ...files('_astro'),
    ...files('pagefind'),
  ];
  it.each(targets)('%s carries every header, the right type and cache time', async (path) => {
    const res = await fetch(baseUrl + path, { redirect: 'manual', headers: { 'accept-encoding': 'gzip' } });
    const expectedStatus = path === '/about/privacy' ? 301 : MISSING_PATHS.includes(path) ? 404 : 200;
    expect(res.status).toBe(expectedStatus);
    for (const [name, value] of Object.entries(security)) expect(res.headers.get(name), name).toBe(value);
    expect(res.headers.get('cache-control')).toBe(expectedCache(path));
    if (expectedStatus === 301) expect(res.headers.get('location')).toBe('/about/privacy/');
    if (expectedStatus !== 301) {
      const type = MIME.find(([ext]) => ext.test(path))?.[1];
      expect(type, `a MIME rule for ${path}`).toBeDefined();
      expect(res.headers.get('content-type')).toMatch(type!);
    }
    await res.arrayBuffer();
  });

  // Short links from astro.config.mjs `redirects`, if there are any yet: real redirects on nginx.
  const redirects = [...readFileSync('dist-nginx/redirects.conf', 'utf8').matchAll(/^location = (\S+) \{[^}]*return (\d{3}) (\S+);/gm)].map((m) => [m[1]!, Number(m[2]), m[3]!] as const);
  it.skipIf(!redirects.length).each(redirects)('%s redirects (%i to %s) with every header', async (from, status, to) => {
    const res = await fetch(baseUrl + from, { redirect: 'manual' });
    expect(res.status).toBe(status);
    expect(res.headers.get('location')).toBe(to);
    for (const [name, value] of Object.entries(security)) expect(res.headers.get(name), name).toBe(value);
    expect(res.headers.get('cache-control')).toBe(DEFAULT_CACHE_CONTROL);
  });

  it('the nginx config maps WebAssembly to application/wasm', () => {
    expect(readFileSync('dist-nginx/site.conf', 'utf8')).toMatch(/application\/wasm\s+wasm;/);
  });

  it('does not serve the deployment files', async () => {
    for (const path of ['/_headers', '/_nginx/site.conf', '/_nginx/security-headers.conf']) {
      expect((await fetch(baseUrl + path)).status, path).toBe(404);
    }
  });
});

/** A fresh context that records every CSP violation and every policy complaint Chromium logs. */
async function watchedContext(): Promise<{ context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  await context.exposeBinding('__reportViolation', (_source, text: string) => problems.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  context.on('console', (msg) => {
    if (/Content.Security.Policy|Permissions.Policy|Refused to/i.test(msg.text())) problems.push(`${msg.type()}: ${msg.text()}`);
  });
  return { context, problems };
}

describe('Content-Security-Policy in Chromium', () => {
  // Every page, with the theme picker used: every-page.test.ts.

  it('search (Pagefind, its worker and WebAssembly) runs under the policy', async () => {
    const { context, problems } = await watchedContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/about/disclaimer/`, { waitUntil: 'networkidle' });
    await openSearch(page);
    await page.keyboard.type('cookies');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ state: 'visible' });
    // The results panel is styled by the stylesheet that search loads for itself.
    expect(await page.locator('#starlight__search .pagefind-ui__result').first().evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    await context.close();
    expect(problems).toEqual([]);
  });
});
