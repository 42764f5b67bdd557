/**
 * The page being rendered, with the facts the build derives from its source. Components that
 * need to know "which page am I on" (citations, terms, trust footer, JSON-LD) all go through this.
 */
import type { AstroGlobal } from 'astro';
import { clinic } from '../config/clinic.mjs';
import { parseClinicConfig, reviewerFor } from './clinical-review';
import { pageFacts, type PageFacts } from './page-facts';

/** Checked once per build: a malformed clinic reviewer stops the build with the field named. */
const clinicConfig = parseClinicConfig(clinic);

export function currentPage(Astro: Readonly<AstroGlobal>) {
  const { entry } = Astro.locals.starlightRoute;
  const data = entry.data as typeof entry.data & import('./content-schemas').PageFields;
  const bodyFacts: PageFacts = pageFacts(entry.body ?? '', data.keyPoints ?? []);
  // A page whose citations a component renders (the glossary: one per definition) has no <Cite>
  // in its own text; its `sources` list, in order of first citation, gives the numbering instead.
  // test/unit/content.test.ts checks that list against what the component cites.
  const facts: PageFacts = bodyFacts.citations.length === 0 && (data.sources?.length ?? 0) > 0 ? { ...bodyFacts, citations: [...data.sources] } : bodyFacts;
  const file = entry.filePath ?? `src/content/docs/${entry.id}`;
  /** The page's site path with its trailing slash: "/procedure/recovery/". */
  const path = Astro.url.pathname;
  /** The clinician who reviewed this text, or null: shown in the trust footer and the JSON-LD alike. */
  const reviewer = reviewerFor(path, data.review, clinicConfig);
  /** The page's language ("en", or "es" for the Spanish edition), for its words, dates and numbers. */
  const lang = Astro.locals.starlightRoute.lang;
  return { entry, data, facts, file, path, reviewer, lang };
}
