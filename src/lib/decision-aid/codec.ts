/**
 * The decision aid's saved answers: read (parse, migrate to the current version, validate) and
 * write, as a codec for the shared storage module (src/lib/storage/local-store.ts), with the
 * shared versioning (src/lib/storage/versioned.ts). Anything that fails comes back as an error
 * kind, never a half-read state, so the page can leave what is saved untouched.
 */
import { LEVELS, MAX_QUESTIONS_LENGTH, STATE_VERSION, STATEMENT_IDS, SURE_IDS, type AidState, type Level, type StatementId, type SureId, type YesNo } from './model';
import type { Codec } from '../storage/local-store';
import { migrateDoc, parseJson, type Migration, type VersionError } from '../storage/versioned';

/** The one localStorage key the decision aid uses. */
export const AID_STORAGE_KEY = 'kyphoplasty-guide:decision-aid';
/** Longer than any valid state (the questions are capped at 2,000 characters); anything longer is damaged. */
export const MAX_TEXT_LENGTH = 16 * 1024;

/** MIGRATIONS[n] turns a version-n document into version n + 1. Version 1 is the first, so none yet. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type AidReadError = VersionError | 'invalid';

type Obj = Record<string, unknown>;
const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const onlyKeys = (o: Obj, allowed: readonly string[]) => Object.keys(o).every((k) => allowed.includes(k));

/** A fresh copy built only from known keys and values, or null. */
export function decodeAidState(x: unknown): AidState | null {
  if (!isObject(x) || !onlyKeys(x, ['v', 'matters', 'sure', 'questions']) || x.v !== STATE_VERSION) return null;
  const { matters, sure, questions } = x;
  if (!isObject(matters) || !onlyKeys(matters, STATEMENT_IDS) || !isObject(sure) || !onlyKeys(sure, SURE_IDS)) return null;
  if (typeof questions !== 'string' || questions.length > MAX_QUESTIONS_LENGTH) return null;
  const m: Partial<Record<StatementId, Level>> = {};
  for (const id of STATEMENT_IDS) {
    const level = matters[id];
    if (level === undefined) continue;
    if (!(LEVELS as readonly unknown[]).includes(level)) return null;
    m[id] = level as Level;
  }
  const s: Partial<Record<SureId, YesNo>> = {};
  for (const id of SURE_IDS) {
    const a = sure[id];
    if (a === undefined) continue;
    if (a !== 'yes' && a !== 'no') return null;
    s[id] = a;
  }
  return { v: STATE_VERSION, matters: m, sure: s, questions };
}

export type AidReadResult = { ok: true; state: AidState } | { ok: false; error: AidReadError };

export function readAidText(text: string): AidReadResult {
  const parsed = parseJson(text, MAX_TEXT_LENGTH);
  if (!parsed.ok) return { ok: false, error: 'not-json' };
  const migrated = migrateDoc(parsed.value, STATE_VERSION, MIGRATIONS);
  if (!migrated.ok) return migrated;
  const state = decodeAidState(migrated.doc);
  return state ? { ok: true, state } : { ok: false, error: 'invalid' };
}

export const writeAidText = (state: AidState): string => JSON.stringify(state);

export const aidCodec: Codec<AidState, AidReadError> = {
  parse(text) {
    const r = readAidText(text);
    return r.ok ? { ok: true, value: r.state } : { ok: false, reason: r.error };
  },
  format: writeAidText,
};
