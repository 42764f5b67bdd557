/**
 * The shared storage module (src/lib/storage/local-store.ts): every read and write reports what
 * really happened, with storage blocked, full, corrupt, or changed by another tab, and never throws.
 */
import { describe, expect, it } from 'vitest';
import { isQuotaError, localStore, type Codec } from '../../src/lib/storage/local-store';
import { STORAGE_KEY, scorerCodec, writeText } from '../../src/lib/scorer/codec';
import { emptyState } from '../../src/lib/scorer/model';

/** An in-memory Storage, with switches for the faults browsers really have. */
function fakeStorage(opts: { quota?: number; dropWrites?: boolean } = {}) {
  const data = new Map<string, string>();
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const s = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem(k: string, v: string) {
      if (opts.quota !== undefined && used() - (data.get(k)?.length ?? 0) + v.length + k.length > opts.quota) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      if (!opts.dropWrites) data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  } as unknown as Storage;
  return { storage: s, data };
}
const blocked = () => {
  throw new DOMException('Access is denied for this document.', 'SecurityError');
};

type Note = { text: string };
const noteCodec: Codec<Note, 'bad'> = {
  parse: (t) => (t.startsWith('note:') ? { ok: true, value: { text: t.slice(5) } } : { ok: false, reason: 'bad' }),
  format: (n) => 'note:' + n.text,
};

describe('local store', () => {
  it('reads nothing, then what it wrote, and reports each write as saved only when it reads back', () => {
    const { storage } = fakeStorage();
    const store = localStore('k', noteCodec, () => storage);
    expect(store.load()).toEqual({ ok: true, value: null, text: null });
    expect(store.save({ text: 'hi' })).toEqual({ ok: true, text: 'note:hi' });
    expect(store.load()).toEqual({ ok: true, value: { text: 'hi' }, text: 'note:hi' });
    expect(store.remove()).toEqual({ ok: true });
    expect(store.load()).toEqual({ ok: true, value: null, text: null });
  });

  it('blocked storage (the localStorage getter throws): every operation says "blocked" and none throws', () => {
    const store = localStore('k', noteCodec, blocked);
    expect(store.load()).toEqual({ ok: false, error: 'blocked' });
    expect(store.save({ text: 'hi' })).toEqual({ ok: false, error: 'blocked' });
    expect(store.remove()).toEqual({ ok: false, error: 'blocked' });
  });

  it('blocked storage with the real default (globalThis.localStorage getter throws)', () => {
    const before = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: blocked });
    try {
      const store = localStore(STORAGE_KEY, scorerCodec);
      expect(store.load()).toEqual({ ok: false, error: 'blocked' });
      expect(store.save(emptyState())).toEqual({ ok: false, error: 'blocked' });
    } finally {
      if (before) Object.defineProperty(globalThis, 'localStorage', before);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });

  it('full storage: the write says "full" and what was stored before is untouched', () => {
    const { storage, data } = fakeStorage({ quota: 20 });
    const store = localStore('k', noteCodec, () => storage);
    expect(store.save({ text: 'short' })).toEqual({ ok: true, text: 'note:short' });
    expect(store.save({ text: 'a note much too long to fit' })).toEqual({ ok: false, error: 'full' });
    expect(data.get('k')).toBe('note:short');
    expect(store.load()).toEqual({ ok: true, value: { text: 'short' }, text: 'note:short' });
  });

  it('a write the browser accepts but does not keep is not reported as saved', () => {
    const { storage } = fakeStorage({ dropWrites: true });
    expect(localStore('k', noteCodec, () => storage).save({ text: 'hi' })).toEqual({ ok: false, error: 'blocked' });
  });

  it('corrupt data: reported with the codec\'s reason and the text exactly as found, never overwritten by a read', () => {
    const { storage, data } = fakeStorage();
    data.set('k', 'garbage');
    const store = localStore('k', noteCodec, () => storage);
    expect(store.load()).toEqual({ ok: false, error: 'corrupt', reason: 'bad', text: 'garbage' });
    expect(data.get('k')).toBe('garbage');
    // The scorer's codec: version and schema come with it.
    data.set(STORAGE_KEY, '{"v":99}');
    expect(localStore(STORAGE_KEY, scorerCodec, () => storage).load()).toEqual({ ok: false, error: 'corrupt', reason: 'newer', text: '{"v":99}' });
  });

  it('another tab saved in between: a write that expected the old text is refused, and nothing is overwritten', () => {
    const { storage, data } = fakeStorage();
    const a = localStore(STORAGE_KEY, scorerCodec, () => storage);
    const b = localStore(STORAGE_KEY, scorerCodec, () => storage);
    const seen = b.load();
    expect(seen.ok && seen.text).toBe(null);
    const fromA = { ...emptyState(), providers: [{ name: 'Dr A', answers: { 'q-one': 'yes' } }] };
    expect(a.save(fromA, null)).toEqual({ ok: true, text: writeText(fromA) });
    const fromB = { ...emptyState(), providers: [{ name: 'Dr B', answers: {} }] };
    expect(b.save(fromB, null)).toEqual({ ok: false, error: 'changed', text: writeText(fromA) });
    expect(data.get(STORAGE_KEY)).toBe(writeText(fromA));
    // Once B has seen A's text, B may write over it (the reader chose to).
    expect(b.save(fromB, writeText(fromA)).ok).toBe(true);
  });

  it('hears changes to its own key from other tabs, and a clear of all storage', () => {
    const target = new EventTarget();
    const store = localStore('k', noteCodec, () => fakeStorage().storage);
    const heard: (string | null)[] = [];
    const stop = store.watch((t) => heard.push(t), target as unknown as Window);
    const fire = (key: string | null, newValue: string | null) => target.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
    fire('other-key', 'x');
    fire('k', 'note:new');
    fire(null, null);
    stop();
    fire('k', 'note:after');
    expect(heard).toEqual(['note:new', null]);
  });

  it('recognises quota errors by name and by legacy code', () => {
    expect(isQuotaError(new DOMException('', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new DOMException('', 'SecurityError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
