/**
 * On every built page: each citation number links to the matching entry of the page's own source
 * list, the list is in order of first citation, and the trust footer counts the same sources.
 */
import { describe, expect, it } from 'vitest';
import { sitemapPaths } from '../../scripts/lib/pages';
import { builtHtml } from '../support/dist';
import { interfaceText, languageOf, type InterfaceKey } from '../support/interface-text';

describe.each(sitemapPaths())('%s', (path) => {
  const page = builtHtml(path);
  const cites = [...page.matchAll(/<sup class="cite"[^>]*><a href="#source-([a-z0-9-]+)"[^>]*>.*?\[(\d+)\]<\/a><\/sup>/g)].map((m) => ({ id: m[1]!, n: Number(m[2]) }));
  const listed = [...page.matchAll(/<li id="source-([a-z0-9-]+)"/g)].map((m) => m[1]!);

  it('numbers citations by their place in the source list, which follows first use', () => {
    const firstUse = [...new Set(cites.map((c) => c.id))];
    expect(listed).toEqual(firstUse);
    for (const c of cites) expect(c.n, `citation of ${c.id}`).toBe(listed.indexOf(c.id) + 1);
  });

  // The footer's words in the page's language (src/content/i18n/en.json or es.json).
  const t = interfaceText(path);
  const spanish = languageOf(path) === 'es';
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const dt = (key: InterfaceKey) => escape(`<dt>${t[key]}</dt>`);

  it('shows the same number of sources in the trust footer', () => {
    const count = (key: 'kg.trust.sourceCount_one' | 'kg.trust.sourceCount_other') => escape(t[key]).replace('\\{\\{count\\}\\}', '(\\d+)');
    const shown = new RegExp(`${dt('kg.trust.sources')}<dd>(?:(${escape(t['kg.trust.noSources'])})|${count('kg.trust.sourceCount_one')}|${count('kg.trust.sourceCount_other')})</dd>`).exec(page);
    expect(shown, 'trust footer sources line').not.toBeNull();
    expect(shown![1] ? 0 : Number(shown![2] ?? shown![3])).toBe(listed.length);
  });

  it('shows the trust footer with review dates, checker, reading level and the editorial policy link', () => {
    expect(page).toMatch(new RegExp(`${dt('kg.trust.lastReviewed')}<dd><time datetime="\\d{4}-\\d{2}-\\d{2}">`));
    expect(page).toMatch(new RegExp(dt('kg.trust.nextReview')));
    expect(page).toMatch(new RegExp(`${dt('kg.trust.evidenceCheckedBy')}<dd>${escape(t['kg.evidenceCheckers.editorial-team'])}</dd>`));
    expect(page).toMatch(new RegExp(`${dt('kg.trust.clinicalReview')}<dd>${escape(t['kg.trust.notReviewed'])}</dd>`));
    // English pages give a US school grade; Spanish pages their INFLESZ ease (Szigriszt-Pazos).
    expect(page).toMatch(
      spanish
        ? new RegExp(`${dt('kg.trust.readingLevel')}<dd data-reading-ease="[\\d.]+">INFLESZ [\\d,]+`)
        : new RegExp(`${dt('kg.trust.readingLevel')}<dd data-reading-grade="[\\d.]+">US school grade [\\d.]+`),
    );
    expect(page).toContain(`href="${spanish ? '/es' : ''}/about/editorial-policy/"`);
  });
});
