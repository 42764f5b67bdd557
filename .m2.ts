import { startNginx } from './scripts/lib/nginx.ts';
import { launchBrowser } from './scripts/lib/browser.ts';
const server = await startNginx('dist');
const browser = await launchBrowser();
const page = await (await browser.newContext({ viewport: { width: 710, height: 1000 } })).newPage();
await page.goto(server.baseUrl + '/handouts/questions-to-ask/');
await page.waitForLoadState('networkidle');
await page.addStyleTag({ content: `@media print { body:has(.handout-footer) { font-size: 12pt !important; } aside.handout-footer { font-size: 10.5pt !important; } }` + (process.argv[2] ?? '') });
await page.emulateMedia({ media: 'print' });
const r = await page.evaluate(() => {
  const out: string[] = [];
  for (const sel of ['h1', '.key-points', '.sl-markdown-content > p', '.handout-group', '.handout-q', '.handout-footer']) {
    const els = [...document.querySelectorAll(sel)];
    out.push(`${sel}: ${els.map((e) => Math.round(e.getBoundingClientRect().height)).join(',')}`);
  }
  out.push('footer bottom ' + Math.round(document.querySelector('.handout-footer')!.getBoundingClientRect().bottom + scrollY));
  return out;
});
console.log(r.join('\n'), '\nA4 usable px', Math.round((297 - 16) / 25.4 * 96), 'Letter', Math.round((279.4 - 16) / 25.4 * 96));
for (const format of ['Letter', 'A4'] as const) {
  const pdf = await page.pdf({ format });
  console.log(format, [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page(?![A-Za-z])/g)].length);
}
await await page.pdf({ format: 'Letter', path: '/tmp/h.pdf' });
await browser.close();
await server.stop();
