/**
 * The scoring rules (src/lib/scorer/score.ts): worked examples a reviewer can check by hand,
 * then properties checked by fast-check over random question sets, answers and weights.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, DEFAULT_WEIGHT, NOT_ASKED, UNCLEAR, defaultWeights, type CategoryId, type Weights } from '../../src/lib/scorer/model';
import { scoreProvider, type ScoreQuestion } from '../../src/lib/scorer/score';

/* ---------- Worked examples ---------- */

const opts = (flag = false) => [
  { id: 'good', points: 2, tone: 'reassuring' as const, redFlag: false },
  { id: 'some', points: 1, tone: 'partly' as const, redFlag: false },
  { id: 'bad', points: 0, tone: 'concerning' as const, redFlag: flag },
];
const Q: ScoreQuestion[] = [
  { id: 'e1', category: 'evidence-fit', options: opts() },
  { id: 'e2', category: 'evidence-fit', options: opts() },
  { id: 's1', category: 'safety', options: opts(true) },
  { id: 's2', category: 'safety', options: opts() },
  { id: 'a1', category: 'after-care', options: opts() },
];

describe('worked examples', () => {
  it('nothing answered: no numbers, nothing counted against the doctor', () => {
    const r = scoreProvider(Q, {}, defaultWeights());
    expect(r.answered).toBe(0);
    expect(r.total).toBe(5);
    expect(r.overall).toBeNull();
    expect(r.categories.every((c) => c.percent === null)).toBe(true);
  });

  it('a group is points earned out of points possible on answered questions only', () => {
    const r = scoreProvider(Q, { e1: 'good', e2: 'some', s1: 'bad' }, defaultWeights());
    const byId = Object.fromEntries(r.categories.map((c) => [c.category, c]));
    expect(byId['evidence-fit']).toMatchObject({ answered: 2, total: 2, points: 3, maxPoints: 4, percent: 75 });
    expect(byId.safety).toMatchObject({ answered: 1, total: 2, points: 0, maxPoints: 2, percent: 0 });
    expect(byId['after-care']).toMatchObject({ answered: 0, total: 1, percent: null });
    // Equal weights: (75 + 0) / 2.
    expect(r.overall).toBe(37.5);
    expect(r.answered).toBe(3);
    expect(r.redFlags).toEqual([{ questionId: 's1', optionId: 'bad' }]);
  });

  it('"I didn\'t ask" and "Not sure" are recorded but not scored', () => {
    const r = scoreProvider(Q, { e1: 'good', e2: NOT_ASKED, s1: UNCLEAR }, defaultWeights());
    expect(r).toMatchObject({ answered: 1, notAsked: 1, unclear: 1, overall: 100 });
  });

  it('answers the questions no longer contain are ignored, not counted as bad', () => {
    const r = scoreProvider(Q, { e1: 'good', e2: 'an-old-option', gone: 'good' }, defaultWeights());
    expect(r).toMatchObject({ answered: 1, overall: 100 });
  });

  it('weights multiply group numbers, and the result says what each changed weight did', () => {
    const answers = { e1: 'good', s1: 'bad' }; // evidence 100, safety 0
    const weights: Weights = { ...defaultWeights(), safety: 3, 'evidence-fit': 1 };
    const r = scoreProvider(Q, answers, weights);
    expect(r.overall).toBe(25); // (1·100 + 3·0) / 4
    expect(r.overallAtDefaults).toBe(50);
    // Each effect compares with that one group put back to Normal (2), the others as chosen.
    const [evidence, safety] = r.effects;
    expect(r.effects).toHaveLength(2);
    expect(evidence).toMatchObject({ category: 'evidence-fit', weight: 1 });
    expect(evidence!.change).toBeCloseTo(25 - (2 * 100 + 3 * 0) / 5); // −15
    expect(safety).toMatchObject({ category: 'safety', weight: 3 });
    expect(safety!.change).toBeCloseTo(25 - (1 * 100 + 2 * 0) / 3); // −8.3
  });

  it('a red flag is listed even when the group is left out and the score is high', () => {
    const r = scoreProvider(Q, { e1: 'good', e2: 'good', s1: 'bad' }, { ...defaultWeights(), safety: 0 });
    expect(r.overall).toBe(100);
    expect(r.redFlags).toHaveLength(1);
  });
});

/* ---------- Properties ---------- */

const categoryArb = fc.constantFrom(...CATEGORIES);
const weightArb = fc.constantFrom(0, 1, 2, 3);
const weightsArb: fc.Arbitrary<Weights> = fc.tuple(...CATEGORIES.map(() => weightArb)).map(
  (ws) => Object.fromEntries(CATEGORIES.map((c, i) => [c, ws[i]])) as Weights,
);

/** A question that obeys the schema's rules: reassuring = top points, concerning = 0, partly between. */
const questionArb = (id: string): fc.Arbitrary<ScoreQuestion> =>
  fc
    .record({
      category: categoryArb,
      top: fc.integer({ min: 1, max: 3 }),
      extra: fc.array(fc.constantFrom('reassuring', 'partly', 'concerning'), { minLength: 1, maxLength: 2 }),
      flags: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    })
    .map(({ category, top, extra, flags }) => {
      const tones = ['reassuring', 'concerning', ...extra.map((t) => (t === 'partly' && top < 2 ? 'concerning' : t))] as const;
      return {
        id,
        category,
        options: tones.map((tone, i) => ({
          id: `o${i}`,
          tone,
          points: tone === 'reassuring' ? top : tone === 'concerning' ? 0 : 1 + (i % (top - 1)),
          redFlag: tone === 'concerning' && flags[i]!,
        })),
      };
    });

const questionsArb = fc.integer({ min: 1, max: 16 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => questionArb(`q${i}`))));

/** Any mix of answers: real options, the two unscored choices, unknown ids, and nothing. */
const answersArb = (questions: readonly ScoreQuestion[]) =>
  fc
    .tuple(
      ...questions.map((q) =>
        fc.oneof(
          fc.constant(undefined),
          fc.constant(NOT_ASKED),
          fc.constant(UNCLEAR),
          fc.constant('retired-option'),
          fc.constantFrom(...q.options.map((o) => o.id)),
        ),
      ),
      fc.dictionary(fc.constantFrom('old-question', 'constructor', 'to-string'), fc.constantFrom('o0', 'o1')),
    )
    .map((values) => {
      const extra = values.pop() as Record<string, string>;
      const answers: Record<string, string> = { ...extra };
      questions.forEach((q, i) => {
        if (values[i] !== undefined) answers[q.id] = values[i] as string;
      });
      return answers;
    });

const scenarioArb = questionsArb.chain((questions) =>
  fc.record({ questions: fc.constant(questions), answers: answersArb(questions), weights: weightsArb }),
);

const isAnswered = (q: ScoreQuestion, answers: Record<string, string>) => q.options.some((o) => o.id === answers[q.id]);

describe('properties', () => {
  it('results stay within bounds', () => {
    fc.assert(
      fc.property(scenarioArb, ({ questions, answers, weights }) => {
        const r = scoreProvider(questions, answers, weights);
        expect(r.total).toBe(questions.length);
        expect(r.answered).toBe(questions.filter((q) => isAnswered(q, answers)).length);
        expect(r.answered + r.notAsked + r.unclear).toBeLessThanOrEqual(r.total);
        for (const c of r.categories) {
          expect(c.answered).toBeLessThanOrEqual(c.total);
          expect(c.points).toBeLessThanOrEqual(c.maxPoints);
          if (c.percent === null) expect(c.answered).toBe(0);
          else {
            expect(Number.isInteger(c.percent)).toBe(true);
            expect(c.percent).toBeGreaterThanOrEqual(0);
            expect(c.percent).toBeLessThanOrEqual(100);
          }
        }
        for (const value of [r.overall, r.overallAtDefaults]) {
          if (value !== null) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(100);
          }
        }
        for (const e of r.effects) if (e.change !== null) expect(Math.abs(e.change)).toBeLessThanOrEqual(100);
      }),
      { numRuns: 500 },
    );
  });

  /*
   * "Adding a reassuring answer never lowers a score", precisely: take any scenario and any
   * question that does not count as answered (no answer, "I didn't ask", "Not sure", or an
   * unknown option). Record that question's reassuring answer instead. Then every group number
   * and the overall number that existed before still exists and is at least as high.
   */
  it('adding a reassuring answer never lowers any number', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), ({ questions, answers, weights }, pick) => {
        const open = questions.filter((q) => !isAnswered(q, answers));
        fc.pre(open.length > 0);
        const q = open[pick % open.length]!;
        const reassuring = q.options.find((o) => o.tone === 'reassuring')!;
        const before = scoreProvider(questions, answers, weights);
        const after = scoreProvider(questions, { ...answers, [q.id]: reassuring.id }, weights);
        assertNotLower(before, after);
        expect(after.answered).toBe(before.answered + 1);
      }),
      { numRuns: 1000 },
    );
  });

  it('changing an answer to one worth at least as many points never lowers any number', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), fc.nat(), ({ questions, answers, weights }, pickQ, pickO) => {
        const answered = questions.filter((q) => isAnswered(q, answers));
        fc.pre(answered.length > 0);
        const q = answered[pickQ % answered.length]!;
        const current = q.options.find((o) => o.id === answers[q.id])!;
        const better = q.options.filter((o) => o.points >= current.points);
        const next = better[pickO % better.length]!;
        assertNotLower(scoreProvider(questions, answers, weights), scoreProvider(questions, { ...answers, [q.id]: next.id }, weights));
      }),
      { numRuns: 1000 },
    );
  });

  it('the order answers were given in never matters', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) => fc.record({ s: fc.constant(s), order: fc.shuffledSubarray(Object.keys(s.answers), { minLength: Object.keys(s.answers).length }) })),
        ({ s, order }) => {
          const reordered = Object.fromEntries(order.map((k) => [k, s.answers[k]!]));
          expect(scoreProvider(s.questions, reordered, s.weights)).toEqual(scoreProvider(s.questions, s.answers, s.weights));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a weight of zero removes a group from the overall number', () => {
    fc.assert(
      fc.property(scenarioArb, categoryArb, weightArb, ({ questions, answers, weights }, category, otherWeight) => {
        const zeroed = scoreProvider(questions, answers, { ...weights, [category]: 0 });
        // Same answers with that group's answers deleted, at any weight: the same overall number.
        const without = Object.fromEntries(Object.entries(answers).filter(([id]) => questions.find((q) => q.id === id)?.category !== category));
        const removed = scoreProvider(questions, without, { ...weights, [category]: otherWeight });
        expect(zeroed.overall).toBe(removed.overall);
      }),
      { numRuns: 500 },
    );
  });

  it('all weights at zero leave no overall number, but keep the group numbers and red flags', () => {
    fc.assert(
      fc.property(scenarioArb, ({ questions, answers }) => {
        const zero = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Weights;
        const r = scoreProvider(questions, answers, zero);
        const normal = scoreProvider(questions, answers, defaultWeights());
        expect(r.overall).toBeNull();
        expect(r.categories.map((c) => c.percent)).toEqual(normal.categories.map((c) => c.percent));
        expect(r.redFlags).toEqual(normal.redFlags);
      }),
    );
  });

  it('"I didn\'t ask" and "Not sure" score exactly like no answer', () => {
    fc.assert(
      fc.property(scenarioArb, ({ questions, answers, weights }) => {
        const stripped = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== NOT_ASKED && v !== UNCLEAR));
        const a = scoreProvider(questions, answers, weights);
        const b = scoreProvider(questions, stripped, weights);
        expect({ ...a, notAsked: 0, unclear: 0 }).toEqual(b);
      }),
    );
  });

  it('weights at their defaults change nothing and report no effects', () => {
    fc.assert(
      fc.property(scenarioArb, ({ questions, answers }) => {
        const r = scoreProvider(questions, answers, defaultWeights());
        expect(r.overall).toBe(r.overallAtDefaults);
        expect(r.effects).toEqual([]);
        expect(CATEGORIES.every((c: CategoryId) => defaultWeights()[c] === DEFAULT_WEIGHT)).toBe(true);
      }),
    );
  });
});

function assertNotLower(before: ReturnType<typeof scoreProvider>, after: ReturnType<typeof scoreProvider>) {
  before.categories.forEach((c, i) => {
    if (c.percent !== null) expect(after.categories[i]!.percent).toBeGreaterThanOrEqual(c.percent);
  });
  if (before.overall !== null) expect(after.overall).toBeGreaterThanOrEqual(before.overall);
  if (before.overallAtDefaults !== null) expect(after.overallAtDefaults).toBeGreaterThanOrEqual(before.overallAtDefaults);
}
