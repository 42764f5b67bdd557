/**
 * Saved answers: the codec for storage, files and share links (src/lib/scorer/codec.ts), the
 * version migrations, and the proof that the browser's hand-written decoder accepts exactly what
 * the zod schema accepts.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { FRAGMENT_PREFIX, MAX_FRAGMENT_LENGTH, MAX_TEXT_LENGTH, readFragment, readText, readValue, writeFragment, writeText } from '../../src/lib/scorer/codec';
import { decodeState } from '../../src/lib/scorer/decode';
import { migrate, type Migration } from '../../src/lib/scorer/migrate';
import {
  CATEGORIES,
  MAX_ANSWERS,
  MAX_NAME_LENGTH,
  MAX_PROVIDERS,
  STATE_VERSION,
  cleanName,
  cleanNames,
  emptyState,
  isBlank,
  type ScorerState,
  type Weights,
} from '../../src/lib/scorer/model';
import { stateSchema } from '../../src/lib/scorer/schema';

/* ---------- Arbitraries ---------- */

const idArb = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+){0,3}$/).filter((s) => s.length <= 40);
/** Names in any script, with emoji, accents, markup and lone surrogates: all are just text. */
const nameArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: MAX_NAME_LENGTH }).filter((s) => s.length <= MAX_NAME_LENGTH),
  fc.constantFrom('Dr. Núñez', 'Dr 李', '<img src=x onerror=alert(1)>', '👩‍⚕️ Dr Amy', ''),
);
const weightsArb: fc.Arbitrary<Weights> = fc
  .tuple(...CATEGORIES.map(() => fc.constantFrom(0, 1, 2, 3)))
  .map((ws) => Object.fromEntries(CATEGORIES.map((c, i) => [c, ws[i]])) as Weights);
const providerArb = fc.record({ name: nameArb, answers: fc.dictionary(idArb, idArb, { maxKeys: 20 }) });
const stateArb: fc.Arbitrary<ScorerState> = fc.record({
  v: fc.constant(STATE_VERSION as 1),
  weights: weightsArb,
  providers: fc.array(providerArb, { minLength: 1, maxLength: MAX_PROVIDERS }),
});

/* ---------- Round trips ---------- */

describe('codec round trips', () => {
  it('storage and file text give back exactly what was saved', () => {
    fc.assert(
      fc.property(stateArb, fc.boolean(), (state, pretty) => {
        expect(readText(writeText(state, pretty))).toEqual({ ok: true, state });
      }),
      { numRuns: 300 },
    );
  });

  it('a share link gives back exactly what was shared, and uses only URL-safe characters after "#"', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const hash = writeFragment(state);
        expect(hash.startsWith(FRAGMENT_PREFIX)).toBe(true);
        expect(hash.slice(FRAGMENT_PREFIX.length)).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(readFragment(hash)).toEqual({ ok: true, state });
      }),
      { numRuns: 300 },
    );
  });

  it('a hash that is not a scorer link is left alone', () => {
    expect(readFragment('')).toBeNull();
    expect(readFragment('#how-the-score-works')).toBeNull();
  });

  it('a new state is blank; a name, an answer or a changed weight makes it not blank', () => {
    const s = emptyState();
    expect(isBlank(s)).toBe(true);
    expect(isBlank({ ...s, providers: [{ name: 'Dr A', answers: {} }] })).toBe(false);
    expect(isBlank({ ...s, providers: [{ name: '', answers: { a: 'b' } }] })).toBe(false);
    expect(isBlank({ ...s, weights: { ...s.weights, safety: 3 } })).toBe(false);
    expect(readText(writeText(s))).toEqual({ ok: true, state: s });
  });
});

/* ---------- Bad input ---------- */

describe('bad input is refused with a reason, never half-read', () => {
  const good = writeFragment({ ...emptyState(), providers: [{ name: 'Dr A', answers: { 'bone-health': 'full-plan' } }] });

  it.each([
    ['a truncated link', good.slice(0, good.length - 7), 'not-json'],
    ['a link cut after the prefix', FRAGMENT_PREFIX, 'not-json'],
    ['characters outside base64url', `${good}%20!`, 'not-json'],
    ['an impossible base64 length', `${FRAGMENT_PREFIX}abcde`, 'not-json'],
    ['base64 of invalid UTF-8', `${FRAGMENT_PREFIX}_-8`, 'not-json'],
    ['base64 of text that is not JSON', `${FRAGMENT_PREFIX}${btoa('hello').replace(/=+$/, '')}`, 'not-json'],
  ])('%s', (_name, hash, error) => expect(readFragment(hash)).toEqual({ ok: false, error }));

  it('a link with one character changed is refused or reads as a valid state, never anything else', () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), (at, ch) => {
        const body = good.slice(FRAGMENT_PREFIX.length);
        const i = at % body.length;
        const result = readFragment(FRAGMENT_PREFIX + body.slice(0, i) + ch + body.slice(i + 1))!;
        if (result.ok) expect(stateSchema.safeParse(result.state).success).toBe(true);
        else expect(['not-json', 'not-scorer', 'invalid', 'newer', 'too-old']).toContain(result.error);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['text that is not JSON', '{"v":1,', 'not-json'],
    ['an empty file', '', 'not-json'],
    ['JSON without a version', '{"weights":{}}', 'not-scorer'],
    ['a list', '[1,2]', 'not-scorer'],
    ['a version from the future', JSON.stringify({ ...emptyState(), v: 2 }), 'newer'],
    ['a version with no migration', JSON.stringify({ ...emptyState(), v: 0 }), 'too-old'],
    ['a hand edit that breaks the shape', JSON.stringify({ ...emptyState(), providers: [] }), 'invalid'],
    ['an answer id with capitals', JSON.stringify({ ...emptyState(), providers: [{ name: '', answers: { A: 'b' } }] }), 'invalid'],
    ['a weight out of range', JSON.stringify({ ...emptyState(), weights: { ...emptyState().weights, safety: 9 } }), 'invalid'],
    ['an extra key', JSON.stringify({ ...emptyState(), extra: true }), 'invalid'],
  ])('%s', (_name, text, error) => expect(readText(text)).toEqual({ ok: false, error }));
});

/* ---------- Migrations ---------- */

describe('migrations', () => {
  it('a current-version document passes through unchanged (v1 round trip)', () => {
    const doc = JSON.parse(writeText(emptyState()));
    expect(migrate(doc)).toEqual({ ok: true, doc });
  });

  it('runs each step in order, from the saved version up to the current one', () => {
    // A made-up history: v1 → v2 renames `providers` to `doctors`; v2 → v3 adds a note field.
    const steps: Record<number, Migration> = {
      1: ({ providers, ...rest }) => ({ ...rest, v: 2, doctors: providers }),
      2: (doc) => ({ ...doc, v: 3, note: '' }),
    };
    const v1 = { v: 1, weights: {}, providers: [{ name: 'A', answers: {} }] };
    expect(migrate(v1, 3, steps)).toEqual({ ok: true, doc: { v: 3, weights: {}, doctors: [{ name: 'A', answers: {} }], note: '' } });
    expect(migrate({ ...v1, v: 2, doctors: [] }, 3, steps)).toMatchObject({ ok: true, doc: { v: 3, note: '' } });
    expect(v1).toEqual({ v: 1, weights: {}, providers: [{ name: 'A', answers: {} }] }); // input untouched
    expect(migrate({ v: 4 }, 3, steps)).toEqual({ ok: false, error: 'newer' });
    expect(migrate({ v: 0 }, 3, steps)).toEqual({ ok: false, error: 'too-old' });
    expect(migrate({ v: 1.5 }, 3, steps)).toEqual({ ok: false, error: 'not-scorer' });
  });
});

/* ---------- Hand decoder ≡ zod schema ---------- */

/** Values that land on and around every edge of the schema. */
const nearbyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(0, -0, 1, 2, 3, 4, -1, 2.5, '2', true, null, '', 'a', 'A', 'not-asked', 'a--b', '-a', 'a'.repeat(40), 'a'.repeat(41)),
  fc.constantFrom(...CATEGORIES),
  fc.string({ maxLength: 3 }),
  fc.string({ maxLength: 62 }).map((s) => s.padEnd(59 + (s.length % 4), 'x')),
  fc.jsonValue({ maxDepth: 2 }),
);
const keyArb = fc.oneof(fc.constantFrom('v', 'weights', 'providers', 'name', 'answers', '__proto__', 'constructor', ...CATEGORIES), idArb, fc.string({ maxLength: 5 }));

/** A valid state with a few random edits: replace a value, delete a key, add a key, grow a list. */
const mutatedArb = fc
  .tuple(stateArb, fc.array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'delete', 'add', 'grow'), keyArb, nearbyValue), { maxLength: 3 }))
  .map(([state, edits]) => {
    const doc = JSON.parse(JSON.stringify(state)) as unknown;
    for (const [at, op, key, value] of edits) {
      const containers: unknown[] = [];
      const walk = (x: unknown) => {
        if (typeof x === 'object' && x !== null) {
          containers.push(x);
          Object.values(x).forEach(walk);
        }
      };
      walk(doc);
      const target = containers[at % containers.length] as Record<string, unknown> | unknown[];
      const keys = Object.keys(target);
      if (Array.isArray(target)) {
        if (op === 'grow' || op === 'add') target.push(value);
        else if (op === 'delete') target.pop();
        else if (keys.length) target[at % keys.length] = value;
      } else if (op === 'delete' && keys.length) delete target[keys[at % keys.length]!];
      else if (op === 'replace' && keys.length) target[keys[at % keys.length]!] = value;
      else if (op === 'add' || op === 'grow') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    }
    // Through JSON, as every real input arrives (an own "__proto__" key survives this way).
    return JSON.stringify(doc);
  });

const bigAnswersArb = fc.integer({ min: MAX_ANSWERS - 1, max: MAX_ANSWERS + 1 }).map((n) =>
  JSON.stringify({ ...emptyState(), providers: [{ name: '', answers: Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i}`, 'a'])) }] }),
);
const manyProvidersArb = fc.integer({ min: 0, max: MAX_PROVIDERS + 1 }).map((n) =>
  JSON.stringify({ ...emptyState(), providers: Array.from({ length: n }, () => ({ name: '', answers: {} })) }),
);

describe('the browser decoder and the zod schema agree', () => {
  const agree = (text: string) => {
    const value = JSON.parse(text) as unknown;
    const zod = stateSchema.safeParse(value);
    const hand = decodeState(value);
    expect(hand !== null, `zod ${zod.success ? 'accepts' : 'rejects'} ${text.slice(0, 300)}`).toBe(zod.success);
    if (zod.success) {
      expect(hand).toEqual(zod.data);
      expect(JSON.stringify(hand)).toBe(JSON.stringify(zod.data)); // same keys, same order
    }
  };

  it('on valid states', () => fc.assert(fc.property(stateArb, (s) => agree(JSON.stringify(s))), { numRuns: 300 }));
  it('on valid states with random edits', () => fc.assert(fc.property(mutatedArb, agree), { numRuns: 3000 }));
  it('on any JSON at all', () => fc.assert(fc.property(fc.jsonValue(), (v) => agree(JSON.stringify(v))), { numRuns: 1000 }));
  it('at the answer-count and provider-count limits', () => {
    fc.assert(fc.property(bigAnswersArb, agree));
    fc.assert(fc.property(manyProvidersArb, agree));
  });
  it('on hand-picked edge cases', () => {
    for (const text of [
      '{"v":1,"weights":{"evidence-fit":-0,"experience":0,"safety":0,"team-setting":0,"after-care":0},"providers":[{"name":"","answers":{}}]}',
      '{"v":1,"weights":{"evidence-fit":2,"experience":2,"safety":2,"team-setting":2,"after-care":2},"providers":[{"name":"","answers":{"__proto__":"a"}}]}',
      '{"v":1,"weights":{"evidence-fit":2,"experience":2,"safety":2,"team-setting":2,"after-care":2},"providers":[{"name":"","answers":{"constructor":"a"}}]}',
      '{"v":1,"weights":{"evidence-fit":2.0,"experience":2,"safety":2,"team-setting":2,"after-care":2},"providers":[{"name":"","answers":{}}]}',
      '{"v":1.0,"weights":{"evidence-fit":2,"experience":2,"safety":2,"team-setting":2,"after-care":2},"providers":[{"name":"","answers":{}}]}',
      '{"v":1,"weights":{"evidence-fit":2,"experience":2,"safety":2,"team-setting":2,"after-care":2,"__proto__":2},"providers":[{"name":"","answers":{}}]}',
    ]) agree(text);
  });
});

describe('readValue', () => {
  it('is what the file and link paths use after parsing', () => {
    expect(readValue(emptyState())).toEqual({ ok: true, state: emptyState() });
    expect(readValue(null)).toEqual({ ok: false, error: 'not-scorer' });
  });
});

/* ---------- Size caps and names (issue 13) ---------- */

describe('size caps and names', () => {
  const id40 = (i: number, p: string) => (p + '-' + String(i).padStart(3, '0')).padEnd(40, 'x');
  const biggest: ScorerState = {
    v: 1,
    weights: emptyState().weights,
    providers: Array.from({ length: MAX_PROVIDERS }, () => ({
      name: '😀'.repeat(MAX_NAME_LENGTH / 2),
      answers: Object.fromEntries(Array.from({ length: MAX_ANSWERS }, (_, i) => [id40(i, 'q'), id40(i, 'a')])),
    })),
  };

  it('the largest valid answers fit under the caps, as a file and as a link', () => {
    expect(writeText(biggest, true).length).toBeLessThan(MAX_TEXT_LENGTH);
    expect(writeFragment(biggest).length).toBeLessThan(MAX_FRAGMENT_LENGTH);
    expect(readText(writeText(biggest, true))).toEqual({ ok: true, state: biggest });
    expect(readFragment(writeFragment(biggest))).toEqual({ ok: true, state: biggest });
  });

  it('anything over the cap is "damaged" at once, before decoding (a 2 MB link)', () => {
    const huge = FRAGMENT_PREFIX + 'A'.repeat(2 * 1024 * 1024);
    // Refused before any decoding: neither base64 nor JSON is ever read (a clock would be flaky on a busy machine).
    const atob = vi.spyOn(globalThis, 'atob');
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(readFragment(huge)).toEqual({ ok: false, error: 'not-json' });
      expect(readText(' '.repeat(MAX_TEXT_LENGTH) + writeText(emptyState()))).toEqual({ ok: false, error: 'not-json' });
      expect(atob).not.toHaveBeenCalled();
      expect(parse).not.toHaveBeenCalled();
    } finally {
      atob.mockRestore();
      parse.mockRestore();
    }
  });

  it('reading a name drops every direction-changing character and keeps the rest', () => {
    expect(cleanName('Dr \u202eevil\u202c Smith')).toBe('Dr evil Smith');
    expect(cleanName('\u2067\u200f\u200e\u061c\u202a\u202b\u202d\u2066\u2068\u2069x')).toBe('x');
    expect(cleanName('ד״ר כהן')).toBe('ד״ר כהן');
    const s = cleanNames({ ...emptyState(), providers: [{ name: 'A\u202eB', answers: { a: 'b' } }] });
    expect(s.providers[0]).toEqual({ name: 'AB', answers: { a: 'b' } });
  });
});
