/**
 * The rating sheet an editor keeps next to each page: src/content/ratings/<page path>.yaml
 * (the home page: index.yaml). It records who rated the page, when, against which review of the
 * page, and for every item of both instruments the answer and the reason, so the next editor can
 * see why each item passes. Scores are never written in it: src/lib/clear-communication/score.ts
 * computes them from the answers.
 */
import { z } from 'astro/zod';
import { calendarDate } from '../content-schemas';
import { CDC_INDEX, PEMAT_P } from './instruments';

const answerEntry = z.strictObject({
  answer: z.enum(['yes', 'no', 'na'], { error: 'answer must be yes, no or na (not applicable)' }),
  reason: z
    .string({ error: 'reason must say, in one line, what on the page earns the answer' })
    .trim()
    .min(10, { error: 'reason must say, in one line, what on the page earns the answer' })
    .refine((r) => !r.includes('\n'), { error: 'reason must be one line' }),
});

/** Answers keyed by item number; every item on the instrument, and no others. */
function itemAnswers(instrument: string, items: readonly { number: number; na: boolean; naRule: string }[]) {
  return z.record(z.string(), answerEntry).check((ctx) => {
    const given = Object.keys(ctx.value);
    for (const item of items) {
      const entry = ctx.value[String(item.number)];
      if (!entry) ctx.issues.push({ code: 'custom', input: ctx.value, message: `${instrument} item ${item.number} has no answer` });
      else if (entry.answer === 'na' && !item.na)
        ctx.issues.push({ code: 'custom', input: entry, path: [String(item.number)], message: `${instrument} item ${item.number} ${item.naRule}` });
    }
    for (const key of given) {
      if (!items.some((i) => String(i.number) === key))
        ctx.issues.push({ code: 'custom', input: key, path: [key], message: `${instrument} has no item ${key}` });
    }
  });
}

export const ratingSheetSchema = z.strictObject({
  /** The page's URL path, with slashes at both ends: "/procedure/recovery/", "/" for home. */
  page: z.string().regex(/^\/([a-z0-9-]+\/)*$/, { error: 'page must be the URL path, like "/procedure/recovery/" ("/" for the home page)' }),
  rated: calendarDate('rated'),
  /** Who rated it. Say honestly whether it was a self-assessment; never invent a person. */
  ratedBy: z.string().min(10, { error: 'ratedBy must say who rated the page' }),
  /** The page's lastReviewed date that this rating read; a later review makes the rating stale. */
  pageLastReviewed: calendarDate('pageLastReviewed'),
  primaryAudience: z.string().min(10, { error: 'primaryAudience must name who the page is for' }),
  mainMessage: z.string().min(20, { error: 'mainMessage must be the main message as rated' }),
  pemat: itemAnswers(
    'PEMAT-P',
    PEMAT_P.map((i) => ({ number: i.number, na: Boolean(i.notApplicableWhen), naRule: 'always applies; it cannot be na' })),
  ),
  cdc: itemAnswers(
    'CDC Index',
    CDC_INDEX.map((i) => ({ number: i.number, na: i.mayNotApply, naRule: 'is in Part A, which applies to every material; it cannot be na' })),
  ),
});

export type RatingSheet = z.infer<typeof ratingSheetSchema>;

/** The answers alone, keyed by number, as score.ts takes them. */
export const answersOf = (items: RatingSheet['pemat']) =>
  Object.fromEntries(Object.entries(items).map(([n, e]) => [Number(n), e.answer])) as Record<number, 'yes' | 'no' | 'na'>;
