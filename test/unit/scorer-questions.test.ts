/**
 * The question file an editor maintains: every question passes the build's schema, cites sources
 * that exist, and the set covers the 14 questions of the dossier across all five groups.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/lib/scorer/model';
import { parseQuestionsYaml } from '../../src/lib/scorer/load';
import { questionEntrySchema, questionSchema } from '../../src/lib/scorer/schema';
import { shortSourceName } from '../../src/lib/scorer/source-label';
import { QUESTIONS_FILE as FILE, loadQuestions, loadSourceIds } from '../support/content';

const raw = loadQuestions();
const sourceIds = loadSourceIds();

describe(FILE, () => {
  it('is a list of 14 questions with different ids', () => {
    expect(Array.isArray(raw)).toBe(true);
    expect(raw).toHaveLength(14);
    const ids = raw.map((q) => (q as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(raw.map((q) => [(q as { id: string }).id, q] as const))('%s passes the schema and cites known sources', (id, q) => {
    const result = questionSchema.safeParse(q);
    expect(result.success, `${FILE} → ${id}: ${result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`).toBe(true);
    for (const source of result.data?.sources ?? []) {
      expect(sourceIds.has(source), `${FILE} → ${id}: unknown source "${source}"; copy it into src/content/sources/`).toBe(true);
    }
  });

  it('keeps the file order when the build loads it (the data store does not)', () => {
    // loadQuestions() reads the file with the build's own loader.
    expect(raw.map((q) => questionEntrySchema.parse(q).position)).toEqual(raw.map((_, i) => i + 1));
    expect(parseQuestionsYaml('a: 1')).toEqual({ a: 1 });
  });

  it('gives the points the page describes (2, 1 and 0), or the page text must change too', () => {
    const points = { reassuring: 2, partly: 1, concerning: 0 } as const;
    for (const question of raw as { id: string; options: { tone: keyof typeof points; points: number }[] }[]) {
      for (const o of question.options) {
        expect(o.points, `${question.id}: "How the numbers work" in src/content/docs/choosing-a-provider/question-scorer.mdx says a ${o.tone} answer earns ${points[o.tone]}`).toBe(points[o.tone]);
      }
    }
  });

  it('has questions in every group', () => {
    const used = new Set(raw.map((q) => (q as { category: string }).category));
    expect([...used].sort()).toEqual([...CATEGORIES].sort());
  });
});

describe('question schema rules', () => {
  const base = {
    id: 'test-question',
    ask: 'What happens if I do nothing at all?',
    short: 'A short label',
    category: 'safety',
    why: 'Because it is a good thing to know.',
    sources: ['free-trial-2009'],
    options: [
      { id: 'good', says: 'A careful, complete answer.', tone: 'reassuring', points: 2 },
      { id: 'some', says: 'A partial answer here.', tone: 'partly', points: 1 },
      { id: 'bad', says: 'A worrying answer here.', tone: 'concerning', points: 0, redFlag: true },
    ],
  };
  const withOptions = (options: unknown[]) => ({ ...base, options });
  const [good, some, bad] = base.options;

  it('accepts a well-formed question', () => expect(questionSchema.safeParse(base).success).toBe(true));
  it.each([
    ['fewer than 3 options', withOptions([good, bad])],
    ['more than 4 options', withOptions([good, some, some, some, bad].map((o, i) => ({ ...o, id: `o${i}` })))],
    ['no concerning option', withOptions([good, some, { ...some, id: 'other' }])],
    ['a reassuring option below the top points', withOptions([good, { ...good, id: 'good-2', points: 1 }, bad])],
    ['a concerning option with points', withOptions([good, some, { ...bad, points: 1 }])],
    ['a partly option worth as much as the reassuring one', withOptions([good, { ...some, points: 2 }, bad])],
    ['a red flag on a reassuring option', withOptions([{ ...good, redFlag: true }, some, bad])],
    ['a reserved option id', withOptions([good, { ...some, id: 'not-asked' }, bad])],
    ['duplicate option ids', withOptions([good, { ...some, id: 'good' }, bad])],
    ['an unknown category', { ...base, category: 'cost' }],
    ['no sources', { ...base, sources: [] }],
  ])('rejects %s', (_name, question) => expect(questionSchema.safeParse(question).success).toBe(false));
});

describe('short source names', () => {
  it.each([
    [{ authors: 'McDonald RJ, Gray LA, Cloft HJ' }, 'McDonald et al.'],
    [{ authors: 'Romem R, Engel I, Segal D, et al.', year: 2024 }, 'Romem et al. 2024'],
    [{ organisation: 'National Institute for Health and Care Excellence (NICE)', year: 2013 }, 'NICE 2013'],
    [{ organisation: 'World Neurosurgery', year: 2022 }, 'World Neurosurgery 2022'],
    [{ organisation: 'Radiology (journal)', year: 2006 }, 'Radiology 2006'],
    [{ organisation: 'Verity (policy summaries)' }, 'Verity'],
  ])('%o → %s', (parts, expected) => expect(shortSourceName(parts)).toBe(expected));
});
