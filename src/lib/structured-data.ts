/**
 * The JSON-LD each page carries for search engines and other machines: a schema.org
 * `MedicalWebPage`, plus a `MedicalProcedure` on the pages that describe the procedure itself.
 *
 * Built only from what the page already shows: its title and description, the review date in
 * its "About this page" box, the sources in its source list, and the clinical reviewer that box
 * names (none, unless one is really recorded). Pure: src/components/page/StructuredData.astro
 * gathers the inputs.
 */
import type { CreativeWork, Graph, MedicalCondition, MedicalProcedure, MedicalWebPage, Organization, Person, Thing } from 'schema-dts';
import type { ClinicalReviewer } from './clinical-review';
import { isoDate } from './dates';

export const SITE_NAME = 'Kyphoplasty Guide';

/**
 * A cited source, as in src/content/sources/<id>.yaml. The JSON-LD takes only its address and
 * year; the record's other fields are accepted and left out (see citation()).
 */
export interface SourceInput {
  url: string;
  year?: number | undefined;
  [field: string]: unknown;
}

export interface PageInput {
  /** The site's address, from SITE_URL, with or without a trailing slash. */
  site: string;
  /** The page's path: "/procedure/recovery/". */
  path: string;
  title: string;
  description: string;
  lastReviewed: Date;
  /** The page's `changes` frontmatter: the first is when it was published, the last when it last changed. */
  changes: readonly { date: Date }[];
  /** The page's sources in citation order (its numbered source list). */
  sources: readonly SourceInput[];
  /** From reviewerFor(): null unless a real clinician is recorded for this page. */
  reviewer: ClinicalReviewer | null;
  /** The glossary's plain definition of kyphoplasty, used as the procedure's description. */
  procedureDefinition?: string | undefined;
  /** The page's language: "en" (the default) or "es" for a Spanish page under /es/. */
  lang?: string;
}

/** The things pages are about, named by their glossary term ids. */
export type TopicId = 'kyphoplasty' | 'compression-fracture' | 'osteoporosis';

/** Pages that describe the procedure itself carry a full MedicalProcedure. */
export function isProcedurePage(path: string): boolean {
  return path.startsWith('/procedure/') || path === '/understanding/what-is-kyphoplasty/';
}

/** What a page is about. Every page is about kyphoplasty for spinal compression fractures, except these. */
export function pageTopics(path: string): TopicId[] {
  if (path === '/understanding/compression-fractures/') return ['compression-fracture'];
  if (path === '/procedure/bone-health/') return ['osteoporosis', 'compression-fracture'];
  return ['kyphoplasty', 'compression-fracture'];
}

const origin = (site: string) => site.replace(/\/+$/, '');

/** The condition every page is written for: spinal compression fractures. */
function fractureRef(site: string): MedicalCondition {
  return { '@type': 'MedicalCondition', name: 'Vertebral compression fracture', url: `${site}/understanding/compression-fractures/` };
}

/** A short description of a topic, for `about`: its type, name and our page on it. */
function topicRef(id: TopicId, site: string): MedicalProcedure | MedicalCondition {
  switch (id) {
    case 'kyphoplasty':
      return { '@type': 'MedicalProcedure', name: 'Kyphoplasty', url: `${site}/understanding/what-is-kyphoplasty/` };
    case 'compression-fracture':
      return fractureRef(site);
    case 'osteoporosis':
      return { '@type': 'MedicalCondition', name: 'Osteoporosis' };
  }
}

/** The procedure in full, for the pages that describe it. Only facts the guide states and cites. */
function procedureNode(site: string, definition: string | undefined): MedicalProcedure {
  return {
    '@type': 'MedicalProcedure',
    '@id': `${site}/#kyphoplasty`,
    name: 'Kyphoplasty',
    alternateName: 'Balloon kyphoplasty',
    ...(definition ? { description: definition } : {}),
    procedureType: 'https://schema.org/PercutaneousProcedure',
    bodyLocation: 'Spine (vertebral body)',
    url: `${site}/understanding/what-is-kyphoplasty/`,
  };
}

/**
 * A cited work, identified by its address (and its year, when confirmed). Titles, authors and the
 * journal are in the visible source list beside it; repeating them here pushed the longest pages
 * past their page-weight budget, and the address already identifies the work.
 */
function citation(source: SourceInput): CreativeWork {
  return {
    '@type': 'CreativeWork',
    url: source.url,
    ...(source.year ? { datePublished: String(source.year) } : {}),
  };
}

function reviewerNode(reviewer: ClinicalReviewer): Person {
  return { '@type': 'Person', name: reviewer.name, honorificSuffix: reviewer.credentials, jobTitle: reviewer.role };
}

/** The whole JSON-LD document for one page. */
export function pageStructuredData(page: PageInput): Graph {
  const site = origin(page.site);
  const url = new URL(page.path, `${site}/`).href;
  // A Spanish page is about what its English twin is about.
  const englishPath = page.path.replace(/^\/es\//, '/');
  const topics = pageTopics(englishPath);
  const procedure = isProcedurePage(englishPath);
  const publisher: Organization = { '@type': 'Organization', '@id': `${site}/#publisher`, name: SITE_NAME, url: `${site}/` };
  const dates = page.changes.map((c) => isoDate(c.date)).sort();

  const webPage: MedicalWebPage = {
    '@type': 'MedicalWebPage',
    '@id': `${url}#page`,
    url,
    name: page.title,
    description: page.description,
    inLanguage: page.lang ?? 'en',
    isPartOf: { '@type': 'WebSite', '@id': `${site}/#website`, name: SITE_NAME, url: `${site}/`, publisher: { '@id': `${site}/#publisher` } },
    publisher,
    audience: { '@type': 'Patient', audienceType: 'Patients and their families', healthCondition: fractureRef(site) },
    about: topics.map((id) => (id === 'kyphoplasty' && procedure ? { '@id': `${site}/#kyphoplasty` } : topicRef(id, site))),
    lastReviewed: isoDate(page.lastReviewed),
    ...(dates.length > 0 ? { datePublished: dates[0]!, dateModified: dates.at(-1)! } : {}),
    ...(page.reviewer ? { reviewedBy: reviewerNode(page.reviewer) } : {}),
    ...(page.sources.length > 0 ? { citation: page.sources.map(citation) } : {}),
    ...(procedure ? { mainEntity: { '@id': `${site}/#kyphoplasty` } } : {}),
  };

  const nodes: Thing[] = procedure ? [webPage, procedureNode(site, page.procedureDefinition)] : [webPage];
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/** JSON for a <script type="application/ld+json"> element; "<" is escaped so no text can close the element. */
export function serializeJsonLd(data: Graph): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
