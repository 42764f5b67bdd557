#!/usr/bin/env node
/**
 * How much JavaScript the question scorer adds, measured on the built site (run `npx astro build`
 * first). Prints every script the scorer page loads that no other page loads, with exact byte
 * counts, and fails (exit 1) when their gzip total is over the budget.
 *
 * What counts:
 *  - external chunks: every `<script src="/_astro/…">` and `<link rel="modulepreload">` on the
 *    scorer page, plus every chunk those import statically (what the browser fetches at load).
 *    Dynamic `import()` targets are listed separately: they load only on demand (for example
 *    Starlight's search interface), and are shared with every page anyway.
 *  - inline scripts: `<script>` bodies in the scorer page (JavaScript types only) that appear in
 *    no other page.
 * A chunk or inline script that any other page also loads is the site's baseline, not the scorer's.
 * Each item is gzipped on its own (as a server sends it) at level 9 (`gzip -9`); level 6 (the
 * usual server default) and brotli are printed for reference.
 *
 * Usage: node scripts/measure-scorer.mjs [--budget=8192] [--page=/choosing-a-provider/question-scorer/]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const BUDGET = Number(args.budget ?? 8192);
const PAGE = args.page ?? '/choosing-a-provider/question-scorer/';
const DIST = 'dist';

const pageFile = (path) => join(DIST, path, 'index.html');
if (!existsSync(pageFile(PAGE))) {
  console.error(`${pageFile(PAGE)} is missing: run \`npx astro build\` first.`);
  process.exit(2);
}

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : []));

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** External script URLs and inline script bodies of one HTML file. */
function scriptsOf(html) {
  const external = new Set();
  const inline = [];
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = /\btype=["']?([^"'\s>]+)/.exec(attrs)?.[1] ?? '';
    if (!JS_TYPES.has(type)) continue;
    const src = /\bsrc=["']?([^"'\s>]+)/.exec(attrs)?.[1];
    if (src) external.add(src);
    else if (body.trim()) inline.push(body);
  }
  for (const [, href] of html.matchAll(/<link\b[^>]*\brel=["']?modulepreload["']?[^>]*\bhref=["']?([^"'\s>]+)/g)) external.add(href);
  return { external, inline };
}

/** A chunk's static imports, resolved to site paths. */
function staticImports(url) {
  const code = readFileSync(join(DIST, url), 'utf8');
  const found = new Set();
  // `import x from"./a.js"`, `import"./a.js"`, `export * from "./a.js"`; not `import("./a.js")`.
  for (const [, spec] of code.matchAll(/(?:\bimport|\bexport)\s*(?:[^'"`();]*?\bfrom\s*)?["'`]([^"'`]+\.js)["'`]/g)) {
    found.add(spec.startsWith('/') ? spec : posix.join(posix.dirname(url), spec));
  }
  return found;
}
function dynamicImports(url) {
  const code = readFileSync(join(DIST, url), 'utf8');
  return [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map(([, spec]) => (spec.startsWith('/') ? spec : posix.join(posix.dirname(url), spec)));
}
/** Everything the browser fetches at load for these entry scripts. */
function closure(entries) {
  const seen = new Set();
  const queue = [...entries].filter((u) => u.startsWith('/'));
  while (queue.length) {
    const url = queue.pop();
    if (seen.has(url) || !existsSync(join(DIST, url))) continue;
    seen.add(url);
    queue.push(...staticImports(url));
  }
  return seen;
}

const target = scriptsOf(readFileSync(pageFile(PAGE), 'utf8'));
const others = walk(DIST).filter((f) => f !== pageFile(PAGE));
const baselineChunks = new Set();
const baselineInline = new Set();
for (const file of others) {
  const s = scriptsOf(readFileSync(file, 'utf8'));
  for (const url of closure(s.external)) baselineChunks.add(url);
  for (const body of s.inline) baselineInline.add(body);
}

const size = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  gzip6: gzipSync(buf, { level: 6 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const items = [];
const pageChunks = closure(target.external);
for (const url of [...pageChunks].sort()) {
  if (!baselineChunks.has(url)) items.push({ what: url, ...size(readFileSync(join(DIST, url))) });
}
target.inline.forEach((body, i) => {
  if (!baselineInline.has(body)) items.push({ what: `inline script #${i + 1} (${body.trim().slice(0, 40).replace(/\s+/g, ' ')}…)`, ...size(Buffer.from(body)) });
});
const onDemand = [...new Set([...pageChunks].flatMap(dynamicImports))].filter((u) => !pageChunks.has(u));

const total = items.reduce((t, i) => ({ raw: t.raw + i.raw, gzip: t.gzip + i.gzip, gzip6: t.gzip6 + i.gzip6, brotli: t.brotli + i.brotli }), { raw: 0, gzip: 0, gzip6: 0, brotli: 0 });
const row = (what, s) => `${String(s.raw).padStart(8)}  ${String(s.gzip).padStart(8)}  ${String(s.gzip6).padStart(8)}  ${String(s.brotli).padStart(8)}  ${what}`;

console.log(`Scorer JavaScript on ${PAGE} (loaded by this page and by no other page), in bytes:`);
console.log(`${'raw'.padStart(8)}  ${'gzip -9'.padStart(8)}  ${'gzip -6'.padStart(8)}  ${'brotli'.padStart(8)}  script`);
for (const i of items) console.log(row(i.what, i));
console.log(row('TOTAL', total));
console.log(`Baseline shared with other pages: ${[...pageChunks].filter((u) => baselineChunks.has(u)).length} chunk(s), ${target.inline.filter((b) => baselineInline.has(b)).length} inline script(s) (not counted).`);
if (onDemand.length) console.log(`Loaded only on demand (not counted): ${onDemand.join(', ')}`);
const ok = total.gzip <= BUDGET;
console.log(`Budget: ${total.gzip} of ${BUDGET} bytes gzip (${ok ? 'within budget' : 'OVER BUDGET'}).`);
process.exit(ok ? 0 : 1);
