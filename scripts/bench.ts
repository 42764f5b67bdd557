/**
 * `npm run bench`: weighs every page of the built site in Chromium, served by nginx with the
 * production config, and prints exact byte counts per page and the budgets they are held to.
 * Exits 1 if a budget is broken. Run `npm run build` first. BASE_URL measures another server.
 */
import { launchBrowser } from './lib/browser.ts';
import { MISSING_PATHS, pagePaths } from './lib/pages.ts';
import { SCORER_PATH } from '../src/config/tools.mjs';
import { BUDGETS, checkBudgets, type BudgetCheck } from './lib/budgets.ts';
import { serveSite } from './lib/nginx.ts';
import { weighPage, type PageWeight } from './lib/weigh.ts';

const n = (bytes: number) => bytes.toLocaleString('en-US');

function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? n(c) : c)))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  // Numbers line up on the right, words on the left.
  const right = head.map((_, i) => rows.every((r) => typeof r[i] === 'number' || /^[\d,—-]+$/.test(String(r[i]))));
  const line = (r: string[]) => '| ' + r.map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ') + ' |';
  const rule = '|' + widths.map((w, i) => (right[i] ? '-'.repeat(w + 1) + ':' : ':' + '-'.repeat(w + 1))).join('|') + '|';
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

const site = await serveSite(() => {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
});
const { baseUrl } = site;
const browser = await launchBrowser();
const pages: PageWeight[] = [];
try {
  for (const path of pagePaths()) pages.push(await weighPage(browser, baseUrl, path));
} finally {
  await browser.close();
  await site.stop();
}

const label = (p: PageWeight) => (MISSING_PATHS.includes(p.path) ? `404 (${p.path})` : p.path);
const css = (p: PageWeight) => p.bytes.css - p.renderBlockingCss;
console.log(`\nFirst load of every page, before any interaction, on a ${390}×${844} phone. Bytes, gzip level 9.`);
console.log(`Server: ${site.local ? 'nginx with deploy/nginx/site.conf' : baseUrl}.\n`);
console.log(
  table(
    ['Page', 'Status', 'Requests', 'HTML', 'CSS blocking', 'CSS other', 'JS files', 'JS inline', 'JS total', 'Images', 'Fonts', 'Other', 'Total', 'On the wire'],
    pages.map((p) => [label(p), String(p.status), p.requests, p.bytes.html, p.renderBlockingCss, css(p), p.bytes.js, p.inlineScripts.gzip, p.js, p.bytes.image, p.bytes.font, p.bytes.other, p.bytes.total, p.wireTotal]),
  ),
);
console.log('\n"JS inline" is counted inside "HTML" for the total. "CSS other" is the print stylesheet, fetched at low priority.');

const example = pages.find((p) => p.path === '/about/privacy/') ?? pages[0]!;
console.log(`\nResponses for ${example.path}:\n`);
console.log(table(['URL', 'Type', 'Raw', 'gzip', 'On the wire', 'Blocks render'], example.resources.map((r) => [new URL(r.url).pathname, r.type, r.raw, r.gzip, r.wire, r.renderBlocking ? 'yes' : ''])));

const checks = checkBudgets(pages);
const worst = (what: string) => checks.filter((c) => c.what === what).sort((a, b) => b.value - a.value || a.limit - b.limit)[0];
const summary: [string, BudgetCheck | undefined, string][] = [
  ['Total transfer of a page', worst('total transfer'), '~51 KB'],
  ['JavaScript executed before interaction', worst('JS before interaction'), '~30 KB'],
  ['HTML of the longest page', worst('HTML'), '—'],
  ['Render-blocking CSS', worst('render-blocking CSS'), '~11 KB'],
  ['Scorer page extra JavaScript', worst('scorer extra JS'), '—'],
  ['Decision aid extra JavaScript', worst('decision aid extra JS'), '—'],
];
console.log('\nBudgets (largest value over all pages):\n');
console.log(
  table(
    ['Budget', 'Limit', 'Measured', 'Page', 'Result', 'Stock Starlight'],
    summary.map(([name, c, stock]) => (c ? [name, c.limit, c.value, c.path, c.ok ? 'ok' : 'OVER', stock] : [name, name.startsWith('Scorer') ? BUDGETS.scorerExtraJs : 0, '—', `${SCORER_PATH} not built yet`, 'skipped', stock])),
  ),
);

const over = checks.filter((c) => !c.ok);
for (const c of over) console.error(`OVER BUDGET: ${c.path} ${c.what} ${n(c.value)} > ${n(c.limit)} bytes`);
process.exitCode = over.length ? 1 : 0;
