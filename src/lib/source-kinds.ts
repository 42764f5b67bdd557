/**
 * Where the sources of each kind are listed (their plain names, per language, are the interface
 * strings `kg.sourceKind.*`). Each kind has its own page (/sources/<kind>/): one page of all 130-odd full citations
 * would be heavier than our page-weight budget allows on a phone.
 */
import { localPath } from './page-language';
import { SOURCE_KINDS } from './content-schemas';

export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Where a kind's list lives; a Spanish page links to the Spanish list (same sources, same ids). */
export function kindHref(kind: SourceKind, lang = 'en'): string {
  return localPath(`/sources/${kind}/`, lang);
}

/** Where one source's full entry lives. */
export function sourceHref(id: string, kind: SourceKind, lang = 'en'): string {
  return `${kindHref(kind, lang)}#${id}`;
}
