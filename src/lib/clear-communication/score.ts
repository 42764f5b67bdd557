/**
 * Scores for a rating sheet, computed from its answers so no one ever types a score by hand.
 *
 * PEMAT-P: per scale, the items answered "yes" (agree) ÷ the items that apply × 100.
 * CDC Clear Communication Index: points ÷ applicable items × 100, where a point is a "yes"
 * (a "no" on item 17, the one asked the other way round) and, as the score sheet says, items
 * 2–4 earn nothing when item 1 (one main message) is "no".
 */
import { CDC_INDEX, PEMAT_P, type PematScale } from './instruments';

export type Answer = 'yes' | 'no' | 'na';
export type Answers = Readonly<Record<number, Answer>>;

export interface Fraction {
  points: number;
  applicable: number;
  /** Rounded to a whole number, as both instruments report it; NaN when nothing applies. */
  score: number;
}

const fraction = (points: number, applicable: number): Fraction => ({
  points,
  applicable,
  score: applicable === 0 ? Number.NaN : Math.round((points / applicable) * 100),
});

export function pematScore(answers: Answers, scale: PematScale): Fraction {
  let points = 0;
  let applicable = 0;
  for (const item of PEMAT_P.filter((i) => i.scale === scale)) {
    const answer = answers[item.number];
    if (answer === undefined) throw new Error(`PEMAT-P item ${item.number} has no answer`);
    if (answer === 'na') {
      if (!item.notApplicableWhen) throw new Error(`PEMAT-P item ${item.number} cannot be "not applicable"`);
      continue;
    }
    applicable += 1;
    if (answer === 'yes') points += 1;
  }
  return fraction(points, applicable);
}

export function cdcScore(answers: Answers): Fraction {
  const noMainMessage = answers[1] === 'no';
  let points = 0;
  let applicable = 0;
  for (const item of CDC_INDEX) {
    const answer = answers[item.number];
    if (answer === undefined) throw new Error(`CDC Index item ${item.number} has no answer`);
    if (answer === 'na') {
      if (!item.mayNotApply) throw new Error(`CDC Index item ${item.number} always applies; it cannot be "not applicable"`);
      continue;
    }
    applicable += 1;
    if (noMainMessage && item.number >= 2 && item.number <= 4) continue;
    if (answer === (item.yesScoresZero ? 'no' : 'yes')) points += 1;
  }
  return fraction(points, applicable);
}

export interface SheetScores {
  pematUnderstandability: Fraction;
  pematActionability: Fraction;
  cdc: Fraction;
}

export function scoreSheet(pemat: Answers, cdc: Answers): SheetScores {
  return {
    pematUnderstandability: pematScore(pemat, 'understandability'),
    pematActionability: pematScore(pemat, 'actionability'),
    cdc: cdcScore(cdc),
  };
}
