/**
 * The build refuses a Spanish edition that would let a Spanish reader down (issue 11): an English
 * page with no Spanish twin, English prose left in a Spanish page, or Spanish below the reading
 * rule. Runs the build's own hook (src/integrations/spanish-edition.ts) on a scratch copy of the
 * pages with one thing broken, and its rules (src/lib/build/spanish-edition-rules.ts) on small
 * made-up pages.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SPANISH_EDITION_PUBLISHED } from '../../src/config/languages.mjs';
import type { PageFile } from '../../src/lib/build/page-files';
import { checkSpanishEdition } from '../../src/lib/build/spanish-edition-rules';
import spanishEdition from '../../src/integrations/spanish-edition';
import { ROOT, loadPages } from '../support/content';

const scratches: string[] = [];
afterAll(() => scratches.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs the build's hook on a copy of src/content/docs/ changed by `edit`; returns the error it stops with, or ''. */
function buildWith(edit: (docs: string) => void): string {
  const scratch = mkdtempSync(join(tmpdir(), 'kg-es-'));
  scratches.push(scratch);
  cpSync(join(ROOT, 'src/content/docs'), join(scratch, 'src/content/docs'), { recursive: true });
  edit(join(scratch, 'src/content/docs'));
  const logger = { info: () => {}, warn: () => {} };
  const setup = spanishEdition().hooks['astro:config:setup'] as unknown as (options: object) => void;
  try {
    setup({ config: { root: pathToFileURL(scratch + '/') }, command: 'build', logger });
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

const page = (file: string, slug: string, body: string, frontmatter: Record<string, unknown> = {}): PageFile => ({ file, slug, body, frontmatter });

describe.runIf(SPANISH_EDITION_PUBLISHED)('the build and the Spanish edition', () => {
  it('builds the edition as it is', () => {
    expect(buildWith(() => {})).toBe('');
  });

  it('stops on an English page with no Spanish twin, naming the file to write', () => {
    expect(buildWith((docs) => writeFileSync(join(docs, 'faq-new.mdx'), readFileSync(join(docs, 'faq.mdx'))))).toContain(
      'src/content/docs/faq-new.mdx has no Spanish twin: translate it as src/content/docs/es/faq-new.mdx',
    );
  });

  it('stops on English prose left in a Spanish page, naming the page and the passage', () => {
    const file = 'es/procedure/recovery.mdx';
    const error = buildWith((docs) =>
      writeFileSync(join(docs, file), readFileSync(join(docs, file), 'utf8') + '\nMost people go home the same day and can walk within a few hours of the procedure.\n'),
    );
    expect(error).toMatch(/src\/content\/docs\/es\/procedure\/recovery\.mdx leaves English for a Spanish reader: "Most people go home the same day/);
  });
});

describe('the Spanish edition rules', () => {
  const english = [page('src/content/docs/a.mdx', 'a', 'Text.')];
  it('holds a Spanish page to 55 on the INFLESZ scale, and the pages together to a median of 65', () => {
    const hard = page(
      'src/content/docs/es/a.mdx',
      'a',
      'La vertebroplastia percutánea constituye una intervención mínimamente invasiva, consistente en la inyección intraósea de polimetilmetacrilato bajo control radioscópico, indicada preferentemente en fracturas osteoporóticas dolorosas refractarias al tratamiento conservador convencional, especialmente cuando persisten síntomas incapacitantes durante semanas.',
      loadPages('es')[0]!.frontmatter,
    );
    const { problems } = checkSpanishEdition(english, [hard]);
    expect(problems.join('\n')).toMatch(/^src\/content\/docs\/es\/a\.mdx reads too hard: INFLESZ -?\d+(\.\d+)?, at least 55 needed/m);
    expect(problems.join('\n')).toMatch(/median INFLESZ -?\d+\.\d, at least 65 needed/);
  });

  it('refuses a Spanish page that translates no English page', () => {
    expect(checkSpanishEdition([], [page('src/content/docs/es/b.mdx', 'b', 'Texto.')]).problems).toEqual([
      'src/content/docs/es/b.mdx translates no English page: an English page with the same path must exist',
    ]);
  });
});
