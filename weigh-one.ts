import { launchBrowser } from './scripts/lib/browser.ts';
import { serveSite } from './scripts/lib/nginx.ts';
import { weighPage } from './scripts/lib/weigh.ts';
const site = await serveSite(() => process.exit(2));
const browser = await launchBrowser();
for (const path of process.argv.slice(2)) {
  const p = await weighPage(browser, site.baseUrl, path);
  console.log(path, JSON.stringify(p.bytes), 'js', p.js, 'inline', p.inlineScripts.gzip, 'rb css', p.renderBlockingCss);
  for (const r of p.resources) console.log('  ', new URL(r.url).pathname, r.type, r.raw, r.gzip);
}
await browser.close(); await site.stop();
