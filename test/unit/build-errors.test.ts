/**
 * A bad frontmatter field must stop the build with a message an editor can act on: the file and
 * the field. This runs Astro's own content sync on a scratch copy of the site with one page broken.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sync } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/content';

const scratches: string[] = [];
// Astro finishes writing its content cache a moment after it reports the error (later still on a
// busy machine); wait until each scratch copy's cache is written, up to 15 s, then clean up.
afterAll(async () => {
  const deadline = Date.now() + 15_000;
  const written = (dir: string) => existsSync(join(dir, '.cache/data-store.json')) && !existsSync(join(dir, '.cache/data-store.json.tmp'));
  while (Date.now() < deadline && !scratches.every(written)) await new Promise((resolve) => setTimeout(resolve, 250));
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (const dir of scratches) rmSync(dir, { recursive: true, force: true });
}, 20_000);

/** Copies the site to a temporary folder, applies `edit` to one page, and returns Astro's error. */
async function syncWithBrokenPage(page: string, edit: (text: string) => string): Promise<string> {
  const scratch = mkdtempSync(join(tmpdir(), 'kg-build-'));
  scratches.push(scratch);
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) cpSync(join(ROOT, item), join(scratch, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(scratch, 'node_modules'));
  const file = join(scratch, 'src/content/docs', page);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  try {
    await sync({ root: scratch, cacheDir: join(scratch, '.cache'), logLevel: 'silent' });
  } catch (error) {
    return `${(error as Error).message}\n${(error as { loc?: { file?: string } }).loc?.file ?? ''}`;
  }
  return '';
}

describe('a broken frontmatter field fails the build', () => {
  it('names the file and the field for a description that is too short', async () => {
    const message = await syncWithBrokenPage('faq.mdx', (t) => t.replace(/^description: .*$/m, 'description: Too short.'));
    expect(message).toMatch(/faq/);
    expect(message).toMatch(/description.*at least 50 characters/);
  }, 60_000);

  it('names the file and the field for a review date in the wrong order', async () => {
    const message = await syncWithBrokenPage('procedure/recovery.mdx', (t) => t.replace(/nextReview: .*/, 'nextReview: 2020-01-01'));
    expect(message).toMatch(/procedure\/recovery/);
    expect(message).toMatch(/nextReview.*must be after lastReviewed/);
  }, 60_000);
});

describe('content input that cannot slip through (issue 13)', () => {
  it.each([
    ['2026-13-45', 'lastReviewed'],
    ['2026-02-30', 'lastReviewed'],
    ['05/12/2027', 'nextReview'],
  ])('an impossible or misspelt date (%s in %s) fails sync, naming the file and the field', async (date, field) => {
    const message = await syncWithBrokenPage('procedure/recovery.mdx', (t) => t.replace(new RegExp(`${field}: .*`), `${field}: ${date}`));
    expect(message).toMatch(/procedure\/recovery/);
    expect(message.replace(/\*\*/g, "")).toContain(`review.${field}: ${field} must be a real date written as YYYY-MM-DD; "${date}" is not one`);
  }, 60_000);
});

describe('numbers a reader would have to work out (issue 16)', () => {
  it('a percentage in a page body fails sync, naming the file, the sentence and the fix', async () => {
    const message = await syncWithBrokenPage('understanding/risks.mdx', (t) =>
      t.replace('## How should I read these numbers?', 'About 13% of people had a leak on the scan.\n\n## How should I read these numbers?'),
    );
    expect(message).toContain('src/content/docs/understanding/risks.mdx: "About 13% of people had a leak on the scan." uses a percentage (13%); write it as a natural frequency');
  }, 60_000);

  it('a decimal in a key point fails sync, naming the field', async () => {
    const message = await syncWithBrokenPage('procedure/recovery.mdx', (t) => t.replace(/^keyPoints:\n {2}- .*$/m, 'keyPoints:\n  - Pain fell by 4.6 points in the first week.'));
    expect(message).toContain('src/content/docs/procedure/recovery.mdx (key point 1): "Pain fell by 4.6 points in the first week." uses a decimal (4.6)');
  }, 60_000);
});

describe('clear communication (issue 16)', () => {
  it('a knowledge-base page without a main message fails sync, naming the file and the field', async () => {
    const message = await syncWithBrokenPage('procedure/recovery.mdx', (t) => t.replace(/^mainMessage: .*\n/m, ''));
    expect(message).toMatch(/procedure\/recovery\.mdx/);
    expect(message).toContain('mainMessage is required on this page');
  }, 60_000);
});
