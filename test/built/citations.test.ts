/**
 * On every built page: each citation number links to the matching entry of the page's own source
 * list, the list is in order of first citation, and the trust footer counts the same sources.
 */
import { describe, expect, it } from 'vitest';
import { sitemapPaths } from '../../scripts/lib/pages';
import { builtHtml } from '../support/dist';

describe.each(sitemapPaths())('%s', (path) => {
  const page = builtHtml(path);
  const cites = [...page.matchAll(/<sup class="cite"[^>]*><a href="#source-([a-z0-9-]+)"[^>]*>.*?\[(\d+)\]<\/a><\/sup>/g)].map((m) => ({ id: m[1]!, n: Number(m[2]) }));
  const listed = [...page.matchAll(/<li id="source-([a-z0-9-]+)"/g)].map((m) => m[1]!);

  it('numbers citations by their place in the source list, which follows first use', () => {
    const firstUse = [...new Set(cites.map((c) => c.id))];
    expect(listed).toEqual(firstUse);
    for (const c of cites) expect(c.n, `citation of ${c.id}`).toBe(listed.indexOf(c.id) + 1);
  });

  it('shows the same number of sources in the trust footer', () => {
    const shown = /<dt>Sources<\/dt><dd>(None cited|1 source|(\d+) sources)<\/dd>/.exec(page);
    expect(shown, 'trust footer sources line').not.toBeNull();
    expect(shown![1] === 'None cited' ? 0 : shown![1] === '1 source' ? 1 : Number(shown![2])).toBe(listed.length);
  });

  it('shows the trust footer with review dates, checker, reading level and the editorial policy link', () => {
    expect(page).toMatch(/<dt>Last reviewed<\/dt><dd><time datetime="\d{4}-\d{2}-\d{2}">/);
    expect(page).toMatch(/<dt>Next review due<\/dt>/);
    expect(page).toMatch(/<dt>Evidence checked by<\/dt><dd>The Kyphoplasty Guide editorial team<\/dd>/);
    expect(page).toMatch(/<dt>Clinical review<\/dt><dd>Not yet reviewed by a clinician<\/dd>/);
    expect(page).toMatch(/<dt>Reading level<\/dt><dd data-reading-grade="[\d.]+">US school grade [\d.]+/);
    expect(page).toContain('href="/about/editorial-policy/"');
  });
});
