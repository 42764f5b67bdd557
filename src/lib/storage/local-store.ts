/**
 * One key in the browser's localStorage, read and written so that the caller always knows what
 * really happened. No operation throws: each returns a typed result, and every message the page
 * shows is worded from it, so the page never says "Saved" when nothing was saved.
 *
 * Failures:
 *  - 'blocked': the browser does not let the page use storage at all (the `localStorage` getter
 *    throws, as with "block all cookies", or the write did not stick).
 *  - 'full': the write was refused for lack of space (QuotaExceededError).
 *  - 'corrupt': something is stored under the key but it cannot be read (`reason` says why, and
 *    `raw` keeps the text exactly as found so the page can offer it for download).
 *  - 'changed': a write that expected one stored text found another: another tab or window
 *    saved in between. Nothing was overwritten.
 *
 * Reusable: the key, and the codec that carries the data's version and schema (parse = migrate
 * + validate, format = serialise), are passed in. The scorer uses it with src/lib/scorer/codec.ts;
 * a later tool (the decision aid) gives its own key and codec.
 */

export type StoreFailure = 'blocked' | 'full';

export interface Codec<T, Reason> {
  /** Text → value, after migrating to the current version and validating; never throws. */
  parse(text: string): { ok: true; value: T } | { ok: false; reason: Reason };
  format(value: T): string;
}

export type LoadResult<T, Reason> =
  /** `text` is what is stored (null: nothing yet); `value` is null when nothing is stored. */
  | { ok: true; value: T | null; text: string | null }
  | { ok: false; error: 'blocked' }
  | { ok: false; error: 'corrupt'; reason: Reason; text: string };

export type SaveResult = { ok: true; text: string } | { ok: false; error: StoreFailure | 'changed'; text?: string | null };

export interface LocalStore<T, Reason> {
  readonly key: string;
  load(): LoadResult<T, Reason>;
  /**
   * Stores `value`. With `expected` (the text this page last loaded or saved), refuses with
   * 'changed' when the stored text is no longer that one, so a stale page never overwrites
   * what another tab saved; `text` is then what is stored now.
   */
  save(value: T, expected?: string | null): SaveResult;
  remove(): { ok: true } | { ok: false; error: 'blocked' };
  /** Calls `onChange` when another tab or window changes this key. Returns a function that stops listening. */
  watch(onChange: (text: string | null) => void, target?: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void;
}

/** The browser's storage, or null when the browser blocks it (its getter can throw). */
const browserStorage = (): Storage | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

/** Quota errors differ between browsers: the name, or the legacy codes 22 and 1014 (old Firefox). */
export function isQuotaError(e: unknown): boolean {
  const x = e as { name?: string; code?: number } | null;
  return !!x && (x.name === 'QuotaExceededError' || x.name === 'NS_ERROR_DOM_QUOTA_REACHED' || x.code === 22 || x.code === 1014);
}

export function localStore<T, Reason>(key: string, codec: Codec<T, Reason>, storage: () => Storage | null = browserStorage): LocalStore<T, Reason> {
  const get = (): { ok: true; text: string | null } | { ok: false } => {
    try {
      const s = storage();
      return s ? { ok: true, text: s.getItem(key) } : { ok: false };
    } catch {
      return { ok: false };
    }
  };
  return {
    key,
    load() {
      const got = get();
      if (!got.ok) return { ok: false, error: 'blocked' };
      if (got.text === null) return { ok: true, value: null, text: null };
      const r = codec.parse(got.text);
      return r.ok ? { ok: true, value: r.value, text: got.text } : { ok: false, error: 'corrupt', reason: r.reason, text: got.text };
    },
    save(value, expected) {
      const text = codec.format(value);
      const before = get();
      if (!before.ok) return { ok: false, error: 'blocked' };
      if (expected !== undefined && before.text !== expected) return { ok: false, error: 'changed', text: before.text };
      try {
        storage()!.setItem(key, text);
      } catch (e) {
        return { ok: false, error: isQuotaError(e) ? 'full' : 'blocked' };
      }
      // Some browsers accept a write and keep nothing (old private modes): only what reads back counts.
      const after = get();
      return after.ok && after.text === text ? { ok: true, text } : { ok: false, error: 'blocked' };
    },
    remove() {
      try {
        storage()!.removeItem(key);
        return { ok: true };
      } catch {
        return { ok: false, error: 'blocked' };
      }
    },
    watch(onChange, target = globalThis as unknown as Window) {
      const listener = (e: Event) => {
        const ev = e as StorageEvent;
        // key null: the other tab cleared all of storage.
        if (ev.key === key || ev.key === null) onChange(ev.key === null ? null : ev.newValue);
      };
      target.addEventListener('storage', listener);
      return () => target.removeEventListener('storage', listener);
    },
  };
}
