/**
 * Versioned saved data, shared by every tool that saves in the browser (the question scorer and
 * the decision aid). A saved document is a JSON object with a whole-number version `v`. Reading
 * it: parse, bring it up to the current version one migration at a time, then the tool validates
 * it. Data from a newer version is never "migrated down" or overwritten: the tool says it cannot
 * read it. Each failure is a kind the page words for the patient; nothing here throws.
 */

export type Doc = Record<string, unknown>;
export type Migration = (doc: Doc) => Doc;

/** Why saved text could not be used. 'wrong-kind': JSON, but not this tool's document. */
export type VersionError = 'not-json' | 'wrong-kind' | 'newer' | 'too-old';

export type Migrated = { ok: true; doc: Doc } | { ok: false; error: Exclude<VersionError, 'not-json'> };

/** Brings a parsed document up to `target`, one step at a time (steps[n]: version n → n + 1). Never mutates its input. */
export function migrateDoc(input: unknown, target: number, steps: Readonly<Record<number, Migration>>): Migrated {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, error: 'wrong-kind' };
  let doc = input as Doc;
  const from = doc.v;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) return { ok: false, error: 'wrong-kind' };
  if (from > target) return { ok: false, error: 'newer' };
  for (let v = from; v < target; v++) {
    const step = steps[v];
    if (!step) return { ok: false, error: 'too-old' };
    doc = step(doc);
  }
  return { ok: true, doc };
}

/** JSON.parse that refuses text longer than `maxLength` (damaged or hostile) and never throws. */
export function parseJson(text: string, maxLength: number): { ok: true; value: unknown } | { ok: false } {
  if (text.length > maxLength) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
