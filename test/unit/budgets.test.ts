/** How the bench and the budget test judge pages, on made-up measurements. */
import { describe, expect, it } from 'vitest';
import { SCORER_PATH } from '../../src/config/tools.mjs';
import { BUDGETS, checkBudgets, splitJs } from '../../scripts/lib/budgets';
import { gzipSize, inlineGzip, type PageWeight } from '../../scripts/lib/weigh';

function page(path: string, { html = 6000, js = new Map([['/_astro/search.js', 1600]]), inline = ['theme()'], css = 9000 } = {}): PageWeight {
  const jsFiles = [...js.values()].reduce((a, b) => a + b, 0);
  const inlineJs = inlineGzip(inline);
  return {
    path,
    status: 200,
    requests: 3 + js.size,
    resources: [],
    bytes: { html, css: css + 1000, js: jsFiles, image: 0, font: 0, other: 0, total: html + css + 1000 + jsFiles },
    wireTotal: 0,
    inlineScripts: { count: inline.length, raw: inline.join('').length, gzip: inlineJs, bodies: inline },
    scriptFiles: js,
    js: jsFiles + inlineJs,
    renderBlockingCss: css,
  };
}

const failing = (pages: PageWeight[]) => checkBudgets(pages).filter((c) => !c.ok).map((c) => `${c.path} ${c.what}`);

describe('budgets', () => {
  it('passes pages within every budget', () => {
    expect(failing([page('/'), page('/a/')])).toEqual([]);
  });

  it('names the page and the budget it breaks', () => {
    expect(failing([page('/'), page('/long/', { html: 20_001, css: 5000 })])).toEqual(['/long/ HTML']);
    expect(failing([page('/'), page('/long/', { html: 19_000, css: 9999 })])).toEqual(['/long/ total transfer']);
    expect(failing([page('/', { css: 10_001 })])).toEqual(['/ render-blocking CSS']);
    expect(failing([page('/', { js: new Map([['/_astro/big.js', 6000]]) })])).toEqual(['/ JS before interaction']);
  });

  it('counts only what the scorer adds as its extra JavaScript', () => {
    const plain = page('/a/');
    const scorer = page(SCORER_PATH, { js: new Map([['/_astro/search.js', 1600], ['/_astro/scorer.js', 3000]]), inline: ['theme()', 'score()'] });
    expect(splitJs(scorer, [plain])).toEqual({ shared: plain.js, extra: 3000 + gzipSize('score()') });
    expect(failing([plain, scorer])).toEqual([]);
    // The extra does not count against the 5 KB every page gets.
    const check = checkBudgets([plain, scorer]).find((c) => c.path === SCORER_PATH && c.what === 'JS before interaction');
    expect(check?.value).toBe(plain.js);
  });

  it('gives the Spanish scorer the same allowance, and never counts a tool page as a plain one', () => {
    const plain = page('/a/');
    const english = page(SCORER_PATH, { js: new Map([['/_astro/search.js', 1600], ['/_astro/scorer.js', 3000]]) });
    const spanish = page(`/es${SCORER_PATH}`, { js: new Map([['/_astro/search.js', 1600], ['/_astro/scorer.js', 3000]]) });
    expect(failing([plain, english, spanish])).toEqual([]);
    const extra = checkBudgets([plain, english, spanish]).filter((c) => c.what === 'scorer extra JS');
    expect(extra.map((c) => [c.path, c.value])).toEqual([
      [SCORER_PATH, 3000],
      [`/es${SCORER_PATH}`, 3000],
    ]);
  });

  it('fails a scorer that adds more than 8 KB', () => {
    const scorer = page(SCORER_PATH, { js: new Map([['/_astro/search.js', 1600], ['/_astro/scorer.js', BUDGETS.scorerExtraJs + 1]]) });
    expect(failing([page('/a/'), scorer])).toContain(`${SCORER_PATH} scorer extra JS`);
  });
});
