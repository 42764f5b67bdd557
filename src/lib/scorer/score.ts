/**
 * Turns one provider's recorded answers into a transparent summary. Pure: no DOM, no storage.
 *
 * The rules, in the words the page uses:
 *  - Only real answers count. A question with no answer, "I didn't ask", "Not sure what they
 *    meant", or an answer this version of the questions no longer knows, is "not answered":
 *    it is shown in the coverage ("answered 9 of 14") and never lowers any number.
 *  - A group's number is the points its answered questions earned, out of the most they could
 *    have earned, as a whole percentage (rounded once, here, so every later sum is exact).
 *  - The overall number is the average of the group numbers, each multiplied by its weight.
 *    Groups with no answers, or with weight 0, are left out. With no group left, there is no
 *    overall number: we say "not enough answers" rather than show a 0.
 *  - Red flags are listed whatever the numbers say.
 *
 * Monotonicity (what "a reassuring answer never lowers a score" means, proved in the tests):
 * the reassuring option of every question is worth that question's most points (schema.ts
 * enforces it). So turning a not-answered question into its reassuring answer, or changing
 * any answer to one worth at least as many points, never lowers a group number or the overall
 * number. The arithmetic is on whole numbers until one final division, so rounding cannot
 * break this.
 */
import { CATEGORIES, DEFAULT_WEIGHT, NOT_ASKED, UNCLEAR, defaultWeights, type CategoryId, type Tone, type Weights } from './model';

/** The parts of a question the maths needs. Built from the content collection or from the page. */
export interface ScoreOption {
  id: string;
  points: number;
  tone: Tone;
  /** Optional so questions from the content collection can be scored as they are. */
  redFlag?: boolean | undefined;
}
export interface ScoreQuestion {
  id: string;
  category: CategoryId;
  options: readonly ScoreOption[];
}

export interface CategoryResult {
  category: CategoryId;
  /** Questions in this group, and how many of them have a real answer. */
  total: number;
  answered: number;
  points: number;
  maxPoints: number;
  /** Whole percentage 0–100, or null when nothing in the group was answered. */
  percent: number | null;
}

export interface RedFlag {
  questionId: string;
  optionId: string;
}

/** How one weight the patient changed moved the overall number (in percentage points). */
export interface WeightEffect {
  category: CategoryId;
  weight: number;
  /** overall minus what it would be with this group at the default weight; null if either is missing. */
  change: number | null;
}

export interface ProviderResult {
  categories: CategoryResult[];
  total: number;
  answered: number;
  notAsked: number;
  unclear: number;
  /** Weighted average of the group percentages, 0–100 (not rounded), or null. */
  overall: number | null;
  /** The same with every weight at its default, so the page can show what the weights did. */
  overallAtDefaults: number | null;
  effects: WeightEffect[];
  redFlags: RedFlag[];
}

const maxPoints = (q: ScoreQuestion) => Math.max(0, ...q.options.map((o) => o.points));

/** Weighted average of the group percentages that exist and have a weight above 0. */
export function overallPercent(categories: readonly CategoryResult[], weights: Weights): number | null {
  let sum = 0;
  let weightSum = 0;
  for (const c of categories) {
    const w = weights[c.category];
    if (c.percent === null || w <= 0) continue;
    sum += w * c.percent;
    weightSum += w;
  }
  return weightSum > 0 ? sum / weightSum : null;
}

export function scoreProvider(questions: readonly ScoreQuestion[], answers: Readonly<Record<string, string>>, weights: Weights): ProviderResult {
  const categories: CategoryResult[] = CATEGORIES.map((category) => ({ category, total: 0, answered: 0, points: 0, maxPoints: 0, percent: null }));
  let notAsked = 0;
  let unclear = 0;
  const redFlags: RedFlag[] = [];
  for (const q of questions) {
    const r = categories[CATEGORIES.indexOf(q.category)]!;
    r.total++;
    // Own properties only: a question id such as "constructor" must not find Object.prototype.
    const given = Object.prototype.hasOwnProperty.call(answers, q.id) ? answers[q.id] : undefined;
    if (given === NOT_ASKED) notAsked++;
    else if (given === UNCLEAR) unclear++;
    const option = q.options.find((o) => o.id === given);
    if (!option) continue;
    r.answered++;
    r.points += option.points;
    r.maxPoints += maxPoints(q);
    if (option.redFlag) redFlags.push({ questionId: q.id, optionId: option.id });
  }
  for (const r of categories) if (r.maxPoints > 0) r.percent = Math.round((100 * r.points) / r.maxPoints);
  const overall = overallPercent(categories, weights);
  const effects: WeightEffect[] = [];
  for (const c of CATEGORIES) {
    if (weights[c] === DEFAULT_WEIGHT) continue;
    const without = overallPercent(categories, { ...weights, [c]: DEFAULT_WEIGHT });
    effects.push({ category: c, weight: weights[c], change: overall === null || without === null ? null : overall - without });
  }
  return {
    categories,
    total: questions.length,
    answered: categories.reduce((n, c) => n + c.answered, 0),
    notAsked,
    unclear,
    overall,
    overallAtDefaults: overallPercent(categories, defaultWeights()),
    effects,
    redFlags,
  };
}
