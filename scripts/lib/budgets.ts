/**
 * The page-weight budgets ("fast on a cheap phone") and the one function that checks them.
 * `npm run bench` prints against them and test/site/budgets.test.ts fails on them.
 * Bytes are gzip level 9 (see weigh.ts); 1 KB = 1,000 bytes.
 */
import { DECISION_AID_PATH, SCORER_PATH, toolAt } from '../../src/config/tools.mjs';
import { inlineGzip, type PageWeight } from './weigh.ts';

export const KB = 1000;

export const BUDGETS = {
  /** Everything a page transfers on first load: HTML, CSS, JS, images, fonts. */
  total: 30 * KB,
  /** JavaScript executed before interaction: script files and inline scripts. */
  js: 5 * KB,
  /** The HTML document alone, for the longest page. */
  html: 20 * KB,
  /** Stylesheets that hold up the first paint (the print stylesheet does not). */
  renderBlockingCss: 10 * KB,
  /** What the question scorer adds over a plain page. Its total may grow by the same amount. */
  scorerExtraJs: 8 * KB,
  /** What the decision aid adds over a plain page, on the same terms as the scorer. */
  decisionAidExtraJs: 8 * KB,
} as const;


/**
 * A page's JavaScript, split into what other pages load too (script files by URL, inline
 * scripts by their exact text) and what only this page loads. For the scorer, `extra` is
 * exactly what the scorer adds to the site's usual scripts.
 */
export function splitJs(page: PageWeight, others: PageWeight[]): { shared: number; extra: number } {
  const sharedFiles = new Set(others.flatMap((o) => [...o.scriptFiles.keys()]));
  const sharedInline = new Set(others.flatMap((o) => o.inlineScripts.bodies));
  const files = { shared: 0, extra: 0 };
  for (const [path, gzip] of page.scriptFiles) files[sharedFiles.has(path) ? 'shared' : 'extra'] += gzip;
  return {
    shared: files.shared + inlineGzip(page.inlineScripts.bodies.filter((b) => sharedInline.has(b))),
    extra: files.extra + inlineGzip(page.inlineScripts.bodies.filter((b) => !sharedInline.has(b))),
  };
}

export interface BudgetCheck {
  path: string;
  what: string;
  value: number;
  limit: number;
  ok: boolean;
}

/** Every budget for every page, pass or fail, so a report can show the margins. */
export function checkBudgets(pages: PageWeight[]): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const check = (path: string, what: string, value: number, limit: number) => checks.push({ path, what, value, limit, ok: value <= limit });
  // A tool's extra is measured against plain pages only, so code two tools share counts for both.
  const plain = pages.filter((p) => !toolAt(p.path));
  const tools: Record<string, [string, number]> = {
    [SCORER_PATH]: ['scorer extra JS', BUDGETS.scorerExtraJs],
    [DECISION_AID_PATH]: ['decision aid extra JS', BUDGETS.decisionAidExtraJs],
  };
  for (const page of pages) {
    let js = page.js;
    let allowance = 0;
    const tool = tools[toolAt(page.path) ?? ''];
    if (tool) {
      const { shared, extra } = splitJs(page, plain);
      check(page.path, tool[0], extra, tool[1]);
      js = shared;
      allowance = Math.min(extra, tool[1]);
    }
    check(page.path, 'total transfer', page.bytes.total, BUDGETS.total + allowance);
    check(page.path, 'JS before interaction', js, BUDGETS.js);
    check(page.path, 'HTML', page.bytes.html, BUDGETS.html);
    check(page.path, 'render-blocking CSS', page.renderBlockingCss, BUDGETS.renderBlockingCss);
  }
  return checks;
}
