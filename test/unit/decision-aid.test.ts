/**
 * The decision aid's logic (src/lib/decision-aid/): the worksheet's words, each answer's leaning,
 * the SURE test, and reading and writing saved answers through the shared storage modules.
 * Property tests (fast-check) cover every possible state, not only the examples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AID_STORAGE_KEY, aidCodec, decodeAidState, readAidText, writeAidText, MAX_TEXT_LENGTH } from '../../src/lib/decision-aid/codec';
import { leaningFor, leanings, sureResult } from '../../src/lib/decision-aid/leanings';
import { LEVELS, MAX_QUESTIONS_LENGTH, STATE_VERSION, STATEMENTS, STATEMENT_IDS, SURE_IDS, SURE_ITEMS, emptyState, type AidState } from '../../src/lib/decision-aid/model';
import { localStore } from '../../src/lib/storage/local-store';
import { AID_WORDS } from '../../src/components/decision-aid/words';
import { migrateDoc } from '../../src/lib/storage/versioned';

/** Any valid saved state. */
const stateArb: fc.Arbitrary<AidState> = fc.record({
  v: fc.constant(STATE_VERSION),
  matters: fc.record(Object.fromEntries(STATEMENT_IDS.map((id) => [id, fc.constantFrom(...LEVELS)])), { requiredKeys: [] }),
  sure: fc.record(Object.fromEntries(SURE_IDS.map((id) => [id, fc.constantFrom('yes' as const, 'no' as const)])), { requiredKeys: [] }),
  questions: fc.string({ maxLength: MAX_QUESTIONS_LENGTH }),
}) as fc.Arbitrary<AidState>;

/** Wording of a verdict or a sum, in each language the aid is written in. */
const VERDICT = {
  en: /recommend|best|should|total|score|overall/i,
  es: /recomend|mejor|debería|deberia|total|puntaje|puntuación|en general/i,
};

/** A Storage in memory, like the browser's. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

describe('the worksheet', () => {
  it('has 5 to 8 plain statements and the four SURE questions', () => {
    expect(STATEMENTS.length).toBeGreaterThanOrEqual(5);
    expect(STATEMENTS.length).toBeLessThanOrEqual(8);
    expect(SURE_ITEMS.map((i) => i.letter).join('')).toBe('SURE');
  });
  it('leans toward each side at least once, so it does not steer one way', () => {
    const toward = new Set(STATEMENTS.map((s) => s.toward));
    expect(toward).toContain('either-procedure');
    expect(toward).toContain('no-procedure');
  });
});

describe('leanings', () => {
  it('point where the statement points only when it matters to the patient', () => {
    expect(leaningFor('avoid-procedure', 'a-lot')).toBe('no-procedure');
    expect(leaningFor('avoid-procedure', 'some')).toBe('no-procedure');
    expect(leaningFor('avoid-procedure', 'a-little')).toBe('none');
    expect(leaningFor('quick-relief', 'not-at-all')).toBe('none');
    expect(leaningFor('cost', 'a-lot')).toBe('none');
  });

  it.each(['en', 'es'] as const)('are listed one per answered statement, in the worksheet order, and never totalled (%s)', (lang) => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const list = leanings(state, AID_WORDS[lang].answers);
        expect(list.map((l) => l.id)).toEqual(STATEMENT_IDS.filter((id) => state.matters[id]));
        for (const l of list) {
          expect(l.toward).toBe(leaningFor(l.id, l.level));
          // No wording of a verdict or a sum anywhere.
          expect(l.words).not.toMatch(VERDICT[lang]);
        }
        // Only these keys: nothing aggregates.
        for (const l of list) expect(Object.keys(l).sort()).toEqual(['id', 'level', 'levelText', 'statement', 'toward', 'words']);
      }),
    );
  });

  it('depend on one answer only: changing one answer changes only that leaning', () => {
    fc.assert(
      fc.property(stateArb, fc.constantFrom(...STATEMENT_IDS), fc.constantFrom(...LEVELS), (state, id, level) => {
        const words = AID_WORDS.en.answers;
        const before = leanings(state, words).filter((l) => l.id !== id);
        const after = leanings({ ...state, matters: { ...state.matters, [id]: level } }, words).filter((l) => l.id !== id);
        expect(after).toEqual(before);
      }),
    );
  });
});

describe('the SURE test', () => {
  it('asks for next steps only when all four are answered and three or fewer are "yes"', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const r = sureResult(state);
        const answers = SURE_IDS.map((id) => state.sure[id]);
        const yes = answers.filter((a) => a === 'yes').length;
        expect(r.yes).toBe(yes);
        expect(r.answered).toBe(answers.filter(Boolean).length);
        expect(r.complete).toBe(r.answered === 4);
        expect(r.nextSteps).toBe(r.complete && yes <= 3);
      }),
    );
  });
  it('four "yes" answers: no next steps; one "no": next steps', () => {
    const all = { ...emptyState(), sure: { sure: 'yes', understand: 'yes', 'risk-benefit': 'yes', encouragement: 'yes' } } as AidState;
    expect(sureResult(all).nextSteps).toBe(false);
    expect(sureResult({ ...all, sure: { ...all.sure, encouragement: 'no' } }).nextSteps).toBe(true);
  });
});

describe('saved answers', () => {
  it('round-trip: every valid state is read back exactly as written', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(readAidText(writeAidText(state))).toEqual({ ok: true, state });
      }),
    );
  });

  it('never throws and never half-reads: any text gives a valid state or an error kind', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), stateArb.map(writeAidText).map((t) => t.slice(0, -3))), (text) => {
        const r = readAidText(text);
        if (r.ok) expect(decodeAidState(JSON.parse(text))).toEqual(r.state);
        else expect(['not-json', 'wrong-kind', 'newer', 'too-old', 'invalid']).toContain(r.error);
      }),
    );
  });

  it('names each kind of unreadable data', () => {
    expect(readAidText('{"v":1,')).toEqual({ ok: false, error: 'not-json' });
    expect(readAidText('[1,2]')).toEqual({ ok: false, error: 'wrong-kind' });
    expect(readAidText('{"v":2,"matters":{},"sure":{},"questions":""}')).toEqual({ ok: false, error: 'newer' });
    expect(readAidText('{"v":0}')).toEqual({ ok: false, error: 'too-old' });
    expect(readAidText('{"v":1,"matters":{"quick-relief":"very"},"sure":{},"questions":""}')).toEqual({ ok: false, error: 'invalid' });
    expect(readAidText('{"v":1,"matters":{},"sure":{},"questions":"","extra":1}')).toEqual({ ok: false, error: 'invalid' });
    expect(readAidText('x'.repeat(MAX_TEXT_LENGTH + 1))).toEqual({ ok: false, error: 'not-json' });
  });

  it('migrate one version at a time through the shared versioning', () => {
    const steps = { 0: (d: Record<string, unknown>) => ({ ...d, v: 1, added: true }) };
    expect(migrateDoc({ v: 0 }, 1, steps)).toEqual({ ok: true, doc: { v: 1, added: true } });
    expect(migrateDoc({ v: 3 }, 1, steps)).toEqual({ ok: false, error: 'newer' });
  });

  it('go through the same storage module as the scorer: saved only when the write reads back, corrupt data kept untouched', () => {
    const storage = memoryStorage();
    const store = localStore(AID_STORAGE_KEY, aidCodec, () => storage);
    expect(store.load()).toEqual({ ok: true, value: null, text: null });
    const state: AidState = { ...emptyState(), matters: { cost: 'a-lot' } };
    const saved = store.save(state, null);
    expect(saved.ok).toBe(true);
    expect(store.load()).toMatchObject({ ok: true, value: state });
    storage.setItem(AID_STORAGE_KEY, '{"v":1,"matters":');
    expect(store.load()).toEqual({ ok: false, error: 'corrupt', reason: 'not-json', text: '{"v":1,"matters":' });
    // A stale page does not overwrite what is stored now.
    expect(store.save(state, saved.ok ? saved.text : null)).toMatchObject({ ok: false, error: 'changed' });
    expect(storage.getItem(AID_STORAGE_KEY)).toBe('{"v":1,"matters":');
  });
});
