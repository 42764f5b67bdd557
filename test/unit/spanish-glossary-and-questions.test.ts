/**
 * The Spanish glossary (src/content/glossary/terms-es.yaml) and the scorer's Spanish questions
 * (src/content/questions/questions-es.yaml) against their English files: the same entries in the
 * same order, valid by the same schemas, the same sources and numbers, and no English left in what
 * a reader sees. Like the Spanish pages, they are checked before the Spanish edition is published.
 */
import { describe, expect, it } from 'vitest';
import { englishPassages } from '../../src/lib/language-check';
import { questionEntrySchema } from '../../src/lib/scorer/schema';
import { glossaryCitations } from '../../src/lib/glossary';
import { loadGlossary, loadPages, loadQuestions } from '../support/content';
import { numbersIn } from '../../src/lib/translation';

type Term = { term: string; definition: string; alsoCalled: string[]; sources: string[] };

describe('the Spanish glossary', () => {
  const english = loadGlossary('en');
  const spanish = loadGlossary('es');

  it('has every English term, in the same order, each valid', () => {
    expect(spanish.map((t) => t.id)).toEqual(english.map((t) => t.id));
    expect(spanish.filter((t) => !t.result.success).map((t) => `${t.id}: ${t.result.error?.issues.map((i) => i.message).join('; ')}`)).toEqual([]);
  });

  it('the Spanish glossary page lists its sources in the order the Spanish A to Z cites them', () => {
    const page = loadPages('es').find((p) => p.slug === 'glossary')!;
    const terms = spanish.flatMap((t) => (t.result.success ? [{ id: t.id, data: t.result.data as Term }] : []));
    expect(page.frontmatter.sources, `${page.file}: sources in order of first citation`).toEqual(glossaryCitations(terms, 'es'));
  });

  it.each(spanish.map((t, i) => [t.id, t.result.data as Term, english[i]!.result.data as Term] as const))('%s: same sources and numbers, in Spanish', (_id, es, en) => {
    expect(es.sources).toEqual(en.sources);
    expect(numbersIn([es.definition])).toEqual(numbersIn([en.definition]));
    expect(englishPassages([es.definition])).toEqual([]);
  });
});

describe("the scorer's Spanish questions", () => {
  const english = loadQuestions('en').map((q) => questionEntrySchema.parse(q));
  const spanish = loadQuestions('es');

  it('has every English question, in the same order, each valid', () => {
    const parsed = spanish.map((q) => questionEntrySchema.safeParse(q));
    expect(parsed.filter((r) => !r.success).map((r) => r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))).toEqual([]);
    expect(parsed.map((r) => r.data!.id)).toEqual(english.map((q) => q.id));
  });

  it.each(english.map((en, i) => [en.id, en, questionEntrySchema.parse(spanish[i])] as const))('%s: same answers, scores, sources and numbers, in Spanish', (_id, en, es) => {
    const shape = (q: typeof en) => ({ category: q.category, sources: q.sources, options: q.options.map((o) => ({ id: o.id, tone: o.tone, points: o.points, redFlag: o.redFlag })) });
    expect(shape(es)).toEqual(shape(en));
    const words = (q: typeof en) => [q.ask, q.short, q.why, ...q.options.map((o) => o.says)];
    expect(numbersIn(words(es))).toEqual(numbersIn(words(en)));
    expect(englishPassages(words(es))).toEqual([]);
  });
});
