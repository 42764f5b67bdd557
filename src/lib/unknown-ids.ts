/**
 * The one message for a <Term id> or <Cite id> that names nothing, whichever component meets it
 * first (SearchAliases and References read every id of the page before Term and Cite render):
 * the file and the id come first, then how to fix it.
 */
export const unknownTerm = (file: string, id: string) =>
  new Error(`${file}: <Term id="${id}"> names no glossary term. Add "${id}" to src/content/glossary/terms.yaml or correct the id.`);

export const unknownSource = (file: string, id: string) =>
  new Error(`${file}: <Cite id="${id}"> names no known source. Add src/content/sources/${id}.yaml or correct the id.`);

/** The entries `getEntries` found for `ids`, in order; throws `unknown(file, id)` for the first id it did not find. */
export function known<T>(entries: readonly (T | undefined)[], ids: readonly string[], file: string, unknown: (file: string, id: string) => Error): T[] {
  entries.forEach((e, i) => {
    if (!e) throw unknown(file, ids[i]!);
  });
  return entries as T[];
}
