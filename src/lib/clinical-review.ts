/**
 * Who, if anyone, clinically reviewed a page. One answer, used by the visible "About this page"
 * box and by the page's JSON-LD, so the two can never disagree and neither can name a reviewer
 * who is not recorded: in the page's own frontmatter (`review.clinicalReviewer`) or in the clinic
 * configuration (src/config/clinic.mjs).
 */
import { z } from 'astro/zod';
import { clinicalReviewerSchema } from './content-schemas';
import { isoDate, readableDate } from './dates';

export type ClinicalReviewer = z.infer<typeof clinicalReviewerSchema>;

export const clinicReviewerSchema = clinicalReviewerSchema.extend({
  /** Site paths such as "/procedure/recovery/". Left out: every page. */
  pages: z
    .array(z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, { error: 'each page must be a site path such as "/procedure/recovery/"' }))
    .min(1, { error: 'pages, when given, must list at least one page; leave it out to cover every page' })
    .optional(),
});

export const clinicConfigSchema = z.object({
  clinicalReviewer: clinicReviewerSchema.nullable(),
});

export type ClinicConfig = z.infer<typeof clinicConfigSchema>;

/** Validates src/config/clinic.mjs, with a message that names the file and the field. */
export function parseClinicConfig(raw: unknown): ClinicConfig {
  const result = clinicConfigSchema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(clinic)'}: ${i.message}`).join('; ');
    throw new Error(`src/config/clinic.mjs: ${issues}`);
  }
  return result.data;
}

/**
 * The reviewer to show for the page at `path`, or null. The page's own frontmatter wins. A clinic
 * reviewer covers the page only if it is in their `pages` list (or they list none), and only if
 * they reviewed it on or after the page's last review: otherwise they have not seen this text.
 */
export function reviewerFor(
  path: string,
  page: { lastReviewed: Date; clinicalReviewer?: ClinicalReviewer | undefined },
  clinic: ClinicConfig,
): ClinicalReviewer | null {
  if (page.clinicalReviewer) return page.clinicalReviewer;
  const reviewer = clinic.clinicalReviewer;
  if (!reviewer) return null;
  if (reviewer.pages && !reviewer.pages.includes(path)) return null;
  if (isoDate(reviewer.reviewedOn) < isoDate(page.lastReviewed)) return null;
  const { pages: _pages, ...person } = reviewer;
  return person;
}

export const NOT_REVIEWED = 'Not yet reviewed by a clinician';

/** The "Clinical review" line of the trust footer. */
export function clinicalReviewText(reviewer: ClinicalReviewer | null, lang = 'en'): string {
  if (!reviewer) return NOT_REVIEWED;
  return `${reviewer.name}, ${reviewer.credentials} (${reviewer.role}), ${readableDate(reviewer.reviewedOn, lang)}`;
}
