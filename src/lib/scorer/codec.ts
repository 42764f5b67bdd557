/**
 * Every way answers leave or enter the page goes through here: the browser's storage, a JSON
 * file, and a share link. All three read paths end in the same checks: parse, migrate to the
 * current version, then validate (decode.ts). Anything that fails comes back as an error kind,
 * never as a half-read state, so the caller can leave what is saved untouched.
 *
 * The share link carries the answers after "#", which browsers never send to a server, so they
 * do not reach server logs or other sites (never the query string).
 */
import { decodeState } from './decode';
import { migrate, type ReadError } from './migrate';
import type { ScorerState } from './model';
import type { Codec } from '../storage/local-store';

/** The one localStorage key the site uses. */
export const STORAGE_KEY = 'kyphoplasty-guide:scorer';
/** Share links look like …/question-scorer/#scorer=<base64url of the JSON>. */
export const FRAGMENT_PREFIX = '#scorer=';
/**
 * The start of a compact share link ("#s2.…", link.ts). The page loads link.ts only when it sees
 * one, so the pattern is known here too; test/unit/scorer-link.test.ts keeps the two in step.
 */
export const COMPACT_LINK = /^#s\d{1,3}\./;

/**
 * The longest text (storage or file) and the longest share link the page will try to read. The
 * largest valid state (4 doctors, 60 answers each with 40-character ids, 60-character names)
 * is about 23,000 characters as an indented file and 29,000 as a link (test/unit/scorer-state.test.ts
 * checks both fit). Anything longer is damaged or hostile, and is refused before any decoding.
 */
export const MAX_TEXT_LENGTH = 64 * 1024;
export const MAX_FRAGMENT_LENGTH = 64 * 1024;

export type ReadResult = { ok: true; state: ScorerState } | { ok: false; error: ReadError };

/** Checks an already-parsed value: migrate, then validate. */
export function readValue(value: unknown): ReadResult {
  const migrated = migrate(value);
  if (!migrated.ok) return migrated;
  const state = decodeState(migrated.doc);
  return state ? { ok: true, state } : { ok: false, error: 'invalid' };
}

/** Reads JSON text from storage or a file. */
export function readText(text: string): ReadResult {
  if (text.length > MAX_TEXT_LENGTH) return { ok: false, error: 'not-json' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  return readValue(value);
}

/** JSON for storage (compact) or for a file a person may open (indented). */
export function writeText(state: ScorerState, pretty = false): string {
  return JSON.stringify(state, null, pretty ? 2 : undefined);
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Undoes toBase64Url; null for anything that is not valid base64url of valid UTF-8. */
function fromBase64Url(code: string): string | null {
  if (!/^[\w-]*$/.test(code) || code.length % 4 === 1) return null;
  try {
    const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** The fragment for a share link, including the leading "#". */
export function writeFragment(state: ScorerState): string {
  return FRAGMENT_PREFIX + toBase64Url(writeText(state));
}

/** Reads a location.hash. Null when the hash is not a scorer link at all (leave it alone). */
export function readFragment(hash: string): ReadResult | null {
  if (!hash.startsWith(FRAGMENT_PREFIX)) return null;
  if (hash.length > MAX_FRAGMENT_LENGTH) return { ok: false, error: 'not-json' };
  const text = fromBase64Url(hash.slice(FRAGMENT_PREFIX.length));
  return text === null ? { ok: false, error: 'not-json' } : readText(text);
}

/** The scorer's answers in the shared storage module (src/lib/storage/local-store.ts). */
export const scorerCodec: Codec<ScorerState, ReadError> = {
  parse(text) {
    const r = readText(text);
    return r.ok ? { ok: true, value: r.state } : { ok: false, reason: r.error };
  },
  format: (state) => writeText(state),
};
