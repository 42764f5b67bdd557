/**
 * A short name for a source, for the "Sources:" line under each question: "NICE 2013",
 * "McDonald et al.". The full reference is one link away, on /sources/.
 */
export interface SourceNameParts {
  authors?: string | undefined;
  organisation?: string | undefined;
  year?: number | undefined;
}

export function shortSourceName({ authors, organisation, year }: SourceNameParts): string {
  let who: string;
  if (authors) {
    const names = authors.split(',').map((a) => a.trim()).filter(Boolean);
    const surname = (names[0] ?? authors).replace(/\s+[A-Z]{1,3}$/, '');
    who = names.length > 1 ? `${surname} et al.` : surname;
  } else {
    // "National Institute for Health and Care Excellence (NICE)" → "NICE";
    // "Radiology (journal)" → "Radiology": only an acronym in brackets replaces the name.
    const org = organisation ?? 'Unknown';
    const bracket = /\s*\(([^)]+)\)\s*$/.exec(org);
    who = bracket ? (/^[A-Z]{2,8}$/.test(bracket[1]!) ? bracket[1]! : org.slice(0, bracket.index)) : org;
  }
  return year ? `${who} ${year}` : who;
}
