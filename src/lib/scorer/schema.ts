/**
 * Zod schemas for the scorer: the questions an editor writes (src/content/questions/questions.yaml,
 * checked by the build) and the answers a patient saves (version 1). The browser does not ship
 * zod; it uses the hand-written decoder in ./decode.ts, and a property test proves that decoder
 * accepts exactly what `stateSchema` accepts and returns the same value.
 * Messages are written for editors: each says what is wrong and how to fix it.
 */
import { z } from 'astro/zod';
import {
  CATEGORIES,
  ID_PATTERN,
  MAX_ANSWERS,
  MAX_ID_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PROVIDERS,
  MAX_WEIGHT,
  STATE_VERSION,
  TONES,
  UNSCORED_CHOICES,
} from './model';

const id = (what: string) =>
  z
    .string()
    .max(MAX_ID_LENGTH, { error: `${what} must be at most ${MAX_ID_LENGTH} characters` })
    .regex(ID_PATTERN, { error: `${what} must be lowercase words joined by hyphens, like "checks-scan"` });

const MAX_POINTS = 3;

export const optionSchema = z.object({
  id: id('option id').refine((v) => !(UNSCORED_CHOICES as readonly string[]).includes(v), {
    error: `"not-asked" and "unclear" are added to every question automatically; use another option id`,
  }),
  /** What the doctor might say, in plain words. */
  says: z.string().min(10).max(220),
  tone: z.enum(TONES, { error: 'tone must be "reassuring", "partly" or "concerning"' }),
  points: z.int().min(0).max(MAX_POINTS),
  /** Marks an answer that the results list on their own, whatever the score. */
  redFlag: z.boolean().optional(),
});

export const questionSchema = z
  .object({
    id: id('question id'),
    /** The question as the patient says it aloud. */
    ask: z.string().min(15).max(160),
    /** A few words for table rows and the printed summary. */
    short: z.string().min(5).max(48),
    category: z.enum(CATEGORIES, { error: `category must be one of: ${CATEGORIES.join(', ')}` }),
    /** One line: why this question matters. */
    why: z.string().min(20).max(200),
    sources: z.array(id('source id')).min(1, { error: 'every question needs at least one source id' }),
    options: z.array(optionSchema).min(3, { error: 'a question needs 3 or 4 options' }).max(4, { error: 'a question needs 3 or 4 options' }),
  })
  .check((ctx) => {
    // These rules are what make the scoring honest and monotonic (see score.ts).
    const { options } = ctx.value;
    const issue = (message: string) => ctx.issues.push({ code: 'custom', input: options, path: ['options'], message });
    const ids = options.map((o) => o.id);
    if (new Set(ids).size !== ids.length) issue('option ids must be different from each other');
    const reassuring = options.filter((o) => o.tone === 'reassuring');
    const concerning = options.filter((o) => o.tone === 'concerning');
    if (reassuring.length === 0 || concerning.length === 0) issue('a question needs at least one reassuring and one concerning option');
    const top = Math.max(...options.map((o) => o.points));
    if (top < 1) issue('the reassuring option must be worth at least 1 point');
    if (reassuring.some((o) => o.points !== top)) issue('every reassuring option must be worth the most points in its question');
    if (concerning.some((o) => o.points !== 0)) issue('concerning options are worth 0 points');
    if (options.some((o) => o.tone === 'partly' && (o.points <= 0 || o.points >= top))) {
      issue('a "partly" option must be worth more than 0 and less than the reassuring option');
    }
    if (options.some((o) => o.redFlag && o.tone !== 'concerning')) issue('only concerning options can be red flags');
  });

/** A question as the build loads it: with its place in the file (see load.ts). */
export const questionEntrySchema = questionSchema.safeExtend({ position: z.int().min(1) });

export type Question = z.infer<typeof questionSchema>;

/* ---------- Saved answers, version 1 ---------- */

const answerId = z.string().max(MAX_ID_LENGTH).regex(ID_PATTERN);

export const providerSchema = z.strictObject({
  name: z.string().max(MAX_NAME_LENGTH),
  answers: z.record(answerId, answerId).refine((a) => Object.keys(a).length <= MAX_ANSWERS),
});

const weight = z.int().min(0).max(MAX_WEIGHT);

export const stateSchema = z.strictObject({
  v: z.literal(STATE_VERSION),
  weights: z.strictObject(Object.fromEntries(CATEGORIES.map((c) => [c, weight])) as Record<(typeof CATEGORIES)[number], typeof weight>),
  providers: z.array(providerSchema).min(1).max(MAX_PROVIDERS),
});
