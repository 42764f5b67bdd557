/**
 * One list of questions, one order, everywhere (issue 15): the question scorer, the handout and
 * the questions page number and word the 14 questions exactly as the questions collection does,
 * in the one order of src/lib/scorer/order.ts. A daughter who ticks the handout and then enters
 * the answers in the scorer puts each answer in the right box.
 */
import { describe, expect, it } from 'vitest';
import { orderQuestions } from '../../src/lib/scorer/order';
import { questionEntrySchema } from '../../src/lib/scorer/schema';
import { SPANISH_DIR, SPANISH_EDITION_PUBLISHED } from '../../src/config/languages.mjs';
import { SCORER_PATH } from '../../src/config/tools.mjs';
import { loadQuestions } from '../support/content';
import { builtHtml } from '../support/dist';

/** The numbered questions of a language's collection, as each of its pages should show them. */
const numbered = (lang: 'en' | 'es') => orderQuestions(loadQuestions(lang).map((x) => questionEntrySchema.parse(x))).map((q, i) => `${i + 1}. ${q.ask}`);
const expected = numbered('en');

/** Text as a reader sees it: entities decoded, typographic apostrophes and quotes as plain ones. */
const plain = (html: string) =>
  html
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
const found = (path: string, pattern: RegExp) => [...builtHtml(path).matchAll(pattern)].map((m) => plain(m[1]!));

describe('the questions, in one order with one wording', () => {
  const pages = [
    ['the question scorer', SCORER_PATH, /<fieldset class="scorer-q"[^>]*>\s*<legend[^>]*>([^<]*)<\/legend>/g],
    ['the handout', '/handouts/questions-to-ask/', /<label[^>]*class="handout-ask"[^>]*>([^<]*)<\/label>/g],
    ['the questions page', '/choosing-a-provider/questions-to-ask/', /<h3 id="[^"]*">(\d+\.[^<]*)<\/h3>/g],
  ] as const;
  it.each(pages)('%s numbers and words every question as the questions collection does', (_name, path, pattern) => {
    expect(found(path, pattern)).toEqual(expected);
  });
  // The Spanish twins, against the Spanish questions (src/content/questions/questions-es.yaml).
  it.runIf(SPANISH_EDITION_PUBLISHED).each(pages)('in Spanish, %s numbers and words every question as the Spanish questions do', (_name, path, pattern) => {
    expect(found(`/${SPANISH_DIR}${path}`, pattern)).toEqual(numbered('es'));
  });

  it('the handout gives every question a tick box', () => {
    const html = builtHtml('/handouts/questions-to-ask/');
    expect([...html.matchAll(/<input type="checkbox" class="handout-tick" id="ask-([a-z0-9-]+)"/g)]).toHaveLength(expected.length);
  });
});
