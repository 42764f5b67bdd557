/**
 * Saved answers carry a version number `v`, so a later version of the scorer can still read what
 * a patient saved months ago. To change the saved shape:
 *   1. bump STATE_VERSION in model.ts and change stateSchema (schema.ts) and decode.ts together;
 *   2. add MIGRATIONS[old] here, turning a version-`old` document into version `old + 1`;
 *   3. add a test that an old document comes out valid.
 * Version 1 is the first saved shape, so there are no migrations yet.
 *
 * Data from a newer version is never "migrated down" or overwritten: the page says it cannot read
 * it and offers it for download as it is.
 */
import { STATE_VERSION } from './model';
import { migrateDoc, type Doc, type Migration } from '../storage/versioned';

export type { Doc, Migration };

/** MIGRATIONS[n] turns a version-n document into a version-(n + 1) document. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** Why saved data could not be used. The page turns each into a plain message. */
export type ReadError = 'not-json' | 'not-scorer' | 'newer' | 'too-old' | 'invalid';

export type Migrated = { ok: true; doc: Doc } | { ok: false; error: Exclude<ReadError, 'not-json' | 'invalid'> };

/** Brings a parsed document up to `target`, one step at a time (the shared src/lib/storage/versioned.ts). Never mutates its input. */
export function migrate(input: unknown, target: number = STATE_VERSION, steps: Readonly<Record<number, Migration>> = MIGRATIONS): Migrated {
  const r = migrateDoc(input, target, steps);
  if (r.ok) return r;
  return { ok: false, error: r.error === 'wrong-kind' ? 'not-scorer' : r.error };
}
