/**
 * Zod schemas for everything an editor writes: page frontmatter, sources and glossary terms.
 * They live here (not only in content.config.ts) so unit tests can exercise them directly.
 * Messages are written for editors: each says what is wrong and how to fix it.
 */
import { z } from 'astro/zod';
import { addMonths, isoDate } from './dates';
import { ID_PATTERN } from './scorer/model';

/** Kebab-case ids keep URLs, anchors and YAML keys predictable. */
const id = (what: string) =>
  z.string().regex(ID_PATTERN, { error: `${what} must be lowercase words joined by hyphens, like "nice-ta279-2013"` });

export const MAX_REVIEW_MONTHS = 24;

/**
 * A calendar date written `YYYY-MM-DD` that is a real day: it must read back unchanged, so
 * `2026-13-45`, `2026-02-30` and `05/12/2027` all fail with the field named. Frontmatter reaches
 * this as the text in the file (src/lib/frontmatter.ts undoes the YAML parser's roll-over); a
 * Date object is refused, because its original text can no longer be checked.
 */
export const calendarDate = (field: string) => {
  const error = `${field} must be a real date written as YYYY-MM-DD`;
  return z
    .string({ error: (issue) => (issue.input instanceof Date ? `${error} (it was read as a date and time; write only YYYY-MM-DD)` : error) })
    .check((ctx) => {
      const d = /^\d{4}-\d{2}-\d{2}$/.test(ctx.value) ? new Date(`${ctx.value}T00:00:00Z`) : null;
      if (!d || Number.isNaN(d.getTime()) || isoDate(d) !== ctx.value) {
        ctx.issues.push({ code: 'custom', input: ctx.value, message: `${error}; "${ctx.value}" is not one` });
      }
    })
    .transform((v) => new Date(`${v}T00:00:00Z`));
};

/**
 * Who checked the evidence. Only the editorial team exists today; a value naming a person
 * cannot pass, so a reviewer can never be invented in frontmatter.
 */
export const EVIDENCE_CHECKERS = { 'editorial-team': 'The Kyphoplasty Guide editorial team' } as const;

/** A clinician who really reviewed the page. None exists yet; clinics record theirs in configuration. */
export const clinicalReviewerSchema = z.object({
  name: z.string().min(3),
  credentials: z.string().min(2),
  role: z.string().min(3),
  reviewedOn: calendarDate('reviewedOn'),
});

export const reviewSchema = z
  .object({
    lastReviewed: calendarDate('lastReviewed'),
    nextReview: calendarDate('nextReview'),
    evidenceCheckedBy: z.enum(Object.keys(EVIDENCE_CHECKERS) as [keyof typeof EVIDENCE_CHECKERS], {
      error: `evidenceCheckedBy must be "editorial-team": never name a person who has not reviewed the page`,
    }),
    clinicalReviewer: clinicalReviewerSchema.optional(),
  })
  .check((ctx) => {
    const { lastReviewed, nextReview } = ctx.value;
    if (nextReview <= lastReviewed) {
      ctx.issues.push({ code: 'custom', input: nextReview, path: ['nextReview'], message: 'nextReview must be after lastReviewed' });
    } else if (nextReview > addMonths(lastReviewed, MAX_REVIEW_MONTHS)) {
      ctx.issues.push({
        code: 'custom',
        input: nextReview,
        path: ['nextReview'],
        message: `nextReview must be at most ${MAX_REVIEW_MONTHS} months after lastReviewed`,
      });
    }
  });

/** Fields every page adds to Starlight's own frontmatter. */
export const pageFields = z.object({
  description: z
    .string({ error: 'description is required: one plain sentence of 50–160 characters (it is also the search-engine summary)' })
    .min(50, { error: 'description must be at least 50 characters' })
    .max(160, { error: 'description must be at most 160 characters' }),
  keyPoints: z
    .array(z.string().min(10, { error: 'each key point needs at least 10 characters' }).max(160, { error: 'each key point must be at most 160 characters' }), {
      error: 'keyPoints is required: a list of 3 to 5 short sentences',
    })
    .min(3, { error: 'keyPoints needs at least 3 items' })
    .max(5, { error: 'keyPoints allows at most 5 items' }),
  /**
   * The one thing a reader should take away, as a single plain sentence. Shown set apart under the
   * title, so it is on the first phone screen. Required on the knowledge-base pages, the handouts
   * and the home page (src/lib/main-message.ts says which); optional elsewhere.
   */
  mainMessage: z
    .string({ error: 'mainMessage must be one plain sentence' })
    .min(30, { error: 'mainMessage must be at least 30 characters' })
    .max(170, { error: 'mainMessage must be at most 170 characters: one short sentence' })
    .refine((m) => /[.?!]$/.test(m.trim()) && !/[.?!]\s+\S/.test(m.trim()), { error: 'mainMessage must be exactly one sentence, ending with a full stop' })
    .optional(),
  review: reviewSchema,
  /** Every source id the page cites with <Cite>. Checked against the body by `npm test`. */
  sources: z.array(id('Each source id')).default([]),
  /**
   * What changed on this page and when, for the public changelog (/changelog/). Add an entry when
   * a change matters to someone holding a printout: new advice, a corrected number, a new risk.
   */
  changes: z
    .array(
      z.object({
        date: calendarDate('each change date'),
        summary: z
          .string({ error: 'each change needs a summary: one plain sentence saying what changed' })
          .min(10, { error: 'a change summary needs at least 10 characters' })
          .max(200, { error: 'a change summary must be at most 200 characters' }),
      }),
      { error: 'changes must be a list of { date, summary } entries' },
    )
    .default([]),
});

export const SOURCE_KINDS = [
  'guideline',
  'trial',
  'systematic-review',
  'cohort',
  'patient-information',
  'regulator',
  'professional-body',
] as const;

export const sourceSchema = z
  .object({
    title: z.string().min(5),
    authors: z.string().min(2).optional(),
    organisation: z.string().min(2).optional(),
    publication: z.string().optional(),
    /** Omitted when the publication year has not been confirmed. */
    year: z.int().min(1950).max(2100).optional(),
    url: z.url({ protocol: /^https?$/, error: 'url must be a full http(s) address' }),
    kind: z.enum(SOURCE_KINDS),
    note: z.string().optional(),
    /** The same note in Spanish, shown on Spanish pages; required wherever `note` is given (test/unit/spanish-sources.test.ts). */
    noteEs: z.string().optional(),
    /**
     * The source's number in the internal fact dossier, so editors can trace every fact. Absent for
     * sources the editorial team added after reading them directly (say so in `note`).
     */
    dossierRef: z.int().positive().optional(),
  })
  .refine((s) => s.authors || s.organisation, { error: 'a source needs authors or an organisation', path: ['authors'] });

export const MAX_DEFINITION_WORDS = 25;

export const glossarySchema = z.strictObject(
  {
    term: z.string().min(2),
    /** Other names a reader would recognise, shown as "Also called …" and searched. */
    alsoCalled: z.array(z.string().min(2)).default([]),
    /** Misspellings, word forms and everyday phrases kept only so search finds the term: never shown. */
    searchWords: z.array(z.string().min(2)).default([]),
    definition: z
      .string()
      .min(10)
      .refine((d) => d.trim().split(/\s+/).length <= MAX_DEFINITION_WORDS, {
        error: `definition must be at most ${MAX_DEFINITION_WORDS} words`,
      }),
    /** The sources the definition rests on, cited after it on the glossary page. */
    sources: z.array(id('Each source id'), { error: 'sources must be a list of source ids' }).min(1, { error: 'sources needs at least one source id' }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.join(', ')}: a term has term, alsoCalled (shown), searchWords (hidden), definition and sources`
        : undefined,
  },
);

export type PageFields = z.infer<typeof pageFields>;
export type Source = z.infer<typeof sourceSchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
