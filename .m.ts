import { startNginx } from './scripts/lib/nginx.ts';
import { launchBrowser } from './scripts/lib/browser.ts';
const server = await startNginx('dist');
const browser = await launchBrowser();
const page = await (await browser.newContext()).newPage();
await page.goto(server.baseUrl + '/handouts/questions-to-ask/');
await page.waitForLoadState('networkidle');
for (const pt of ['11pt', '12pt']) {
  await page.addStyleTag({ content: `@media print { body:has(.handout-footer) { font-size: ${pt} !important; } aside.handout-footer { font-size: 10.5pt !important; } }` });
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = await page.pdf({ format });
    console.log(pt, format, [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page(?![A-Za-z])/g)].length);
  }
}
await page.pdf({ format: 'A4', path: '/tmp/handout.pdf' });
await browser.close();
await server.stop();
