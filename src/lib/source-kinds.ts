/**
 * The kinds of source, in the order the sources pages list them, with the plain names readers
 * see. Each kind has its own page (/sources/<kind>/): one page of all 130-odd full citations
 * would be heavier than our page-weight budget allows on a phone.
 */
import { localPath } from './page-language';
import { SOURCE_KINDS } from './content-schemas';

export type SourceKind = (typeof SOURCE_KINDS)[number];

export const KIND_LABELS: Record<SourceKind, string> = {
  guideline: 'Guidelines and policies',
  trial: 'Clinical trials',
  'systematic-review': 'Reviews of many studies',
  cohort: 'Other studies and reviews',
  'patient-information': 'Patient information and practical guides',
  regulator: 'Government and Medicare rules',
  'professional-body': 'Medical boards and professional bodies',
};

/** Where a kind's list lives; a Spanish page links to the Spanish list (same sources, same ids). */
export function kindHref(kind: SourceKind, lang = 'en'): string {
  return localPath(`/sources/${kind}/`, lang);
}

/** Where one source's full entry lives. */
export function sourceHref(id: string, kind: SourceKind, lang = 'en'): string {
  return `${kindHref(kind, lang)}#${id}`;
}
