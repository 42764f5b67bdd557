/**
 * The compact share link (src/lib/scorer/link.ts): round trips, length, refusal of damaged and
 * hand-edited links, and the frozen link table matching the questions it was made for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPACT_LINK, FRAGMENT_PREFIX, readFragment, readValue, writeFragment } from '../../src/lib/scorer/codec';
import { LINK_PATTERN, LINK_VERSION, V2_WORDS, check, readLink, writeLink } from '../../src/lib/scorer/link';
import { LINK_TABLES } from '../../src/lib/scorer/link-table';
import { CATEGORIES, MAX_NAME_LENGTH, MAX_PROVIDERS, NOT_ASKED, STATE_VERSION, UNCLEAR, defaultWeights, type ScorerState, type Weights } from '../../src/lib/scorer/model';
import { questionEntrySchema } from '../../src/lib/scorer/schema';
import { orderQuestions } from '../../src/lib/scorer/order';
import { SCORER_PATH } from '../../src/config/tools.mjs';
import { SITE_URL } from '../../src/config/site.mjs';
import { loadQuestions } from '../support/content';

const table = LINK_TABLES[LINK_VERSION]!;
const nameArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: MAX_NAME_LENGTH }).filter((s) => s.length <= MAX_NAME_LENGTH),
  fc.constantFrom('Dr. Núñez', 'Dr 李', '<img src=x onerror=alert(1)>', '👩‍⚕️ Dr Amy', '', 'Dr_O’Brien (spine).', '100% sure'),
);
/** Answers the link can carry: any subset of the table's questions, each any answer or a "no answer" choice. */
const answersArb = fc
  .tuple(...table.map(([, options]) => fc.option(fc.constantFrom(...options, NOT_ASKED, UNCLEAR), { nil: undefined })))
  .map((picks) => Object.fromEntries(picks.flatMap((a, i) => (a === undefined ? [] : [[table[i]![0], a]]))));
const weightsArb: fc.Arbitrary<Weights> = fc
  .tuple(...CATEGORIES.map(() => fc.constantFrom(0, 1, 2, 3)))
  .map((ws) => Object.fromEntries(CATEGORIES.map((c, i) => [c, ws[i]])) as Weights);
const stateArb: fc.Arbitrary<ScorerState> = fc.record({
  v: fc.constant(STATE_VERSION as 1),
  weights: weightsArb,
  providers: fc.array(fc.record({ name: nameArb, answers: answersArb }), { minLength: 1, maxLength: MAX_PROVIDERS }),
});

/** Two doctors, every question answered, as a daughter would send them. */
const twoDoctors: ScorerState = {
  v: 1,
  weights: { ...defaultWeights(), safety: 3 },
  providers: [
    { name: 'Dr Adams', answers: Object.fromEntries(table.map(([q, o], i) => [q, i % 5 === 4 ? NOT_ASKED : o[i % o.length]!])) },
    { name: 'Dr María Núñez-Brown', answers: Object.fromEntries(table.map(([q, o], i) => [q, i % 7 === 6 ? UNCLEAR : o[(i + 1) % o.length]!])) },
  ],
};
const fullUrl = (hash: string) => new URL(SCORER_PATH, SITE_URL).href + hash;

describe('compact share link', () => {
  it('gives back exactly what was shared, in URL-safe characters that end in a letter or digit', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const hash = writeLink(state, LINK_TABLES[2]!);
        expect(hash).toMatch(/^#s2\.[A-Za-z0-9%_.-]*[a-z0-9]$/);
        expect(readLink(hash, LINK_TABLES)).toEqual({ ok: true, state });
        // What the page does with it: migrate and check, as for saved answers. Nothing changes.
        expect(readValue(state)).toEqual({ ok: true, state });
      }),
      { numRuns: 500 },
    );
  });

  it('can leave the names out, and then carries only the answers and weights', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const r = readLink(writeLink(state, LINK_TABLES[2]!, { names: false }), LINK_TABLES);
        expect(r).toEqual({ ok: true, state: { ...state, providers: state.providers.map((p) => ({ ...p, name: '' })) } });
      }),
    );
  });

  it('fits two doctors with every answer and their names in at most 300 characters, address included', () => {
    const link = fullUrl(writeLink(twoDoctors, LINK_TABLES[2]!));
    console.log(`Compact link for two doctors, all 14 answers and names: ${link.length} characters (${link})`);
    expect(link.length).toBeLessThanOrEqual(300);
    // The longest names allowed still fit when they are plain letters.
    const long = { ...twoDoctors, providers: twoDoctors.providers.map((p, i) => ({ ...p, name: 'Dr ' + 'ABCDEFGH'[i]!.repeat(MAX_NAME_LENGTH - 3) })) };
    expect(fullUrl(writeLink(long, LINK_TABLES[2]!)).length).toBeLessThanOrEqual(300);
    // Version 1 carried the same answers as base64 JSON.
    expect(fullUrl(writeFragment(twoDoctors)).length).toBeGreaterThan(1000);
  });

  it('refuses a link that is cut short, changed by hand or made up, and says which', () => {
    const hash = writeLink(twoDoctors, LINK_TABLES[2]!);
    fc.assert(
      fc.property(fc.integer({ min: 4, max: hash.length - 1 }), (cut) => {
        const r = readLink(hash.slice(0, cut), LINK_TABLES);
        expect(r === null || !r.ok).toBe(true);
      }),
    );
    // Any one character changed (checked by the seven characters at the end).
    fc.assert(
      fc.property(fc.integer({ min: 4, max: hash.length - 1 }), fc.constantFrom(...'abcdnu0123_-xA'), (at, c) => {
        fc.pre(hash[at] !== c);
        const r = readLink(hash.slice(0, at) + c + hash.slice(at + 1), LINK_TABLES);
        expect(r?.ok).toBe(false);
      }),
    );
    expect(readLink('#s2.22222.0.x.zzzzzzz', LINK_TABLES)).toEqual({ ok: false, error: 'not-json' });
    expect(readLink('#s9.22222', LINK_TABLES)).toEqual({ ok: false, error: 'newer' });
    expect(readLink('#s1.22222', LINK_TABLES)).toEqual({ ok: false, error: 'not-scorer' });
    expect(readLink('#s2.' + 'a'.repeat(5000), LINK_TABLES)).toEqual({ ok: false, error: 'not-json' });
  });

  it('leaves other anchors alone and still opens version 1 links', () => {
    for (const hash of ['', '#sources', '#see-also', '#s2', '#scorer', '#s-2.a']) expect(readLink(hash, LINK_TABLES)).toBeNull();
    const old = writeFragment(twoDoctors);
    expect(old.startsWith(FRAGMENT_PREFIX)).toBe(true);
    expect(readLink(old, LINK_TABLES)).toBeNull();
    expect(readFragment(old)).toEqual({ ok: true, state: twoDoctors });
  });

  it('is recognised by the page exactly when link.ts would read it (the page loads link.ts only then)', () => {
    const hashes = ['', '#sources', '#s2', '#s2.', '#s12.x', '#s1234.x', '#S2.x', '#s-2.a', '#scorer=abc', writeLink(twoDoctors, table)];
    for (const hash of hashes) expect(COMPACT_LINK.test(hash), hash).toBe(LINK_PATTERN.test(hash));
    expect(hashes.filter((h) => COMPACT_LINK.test(h))).toHaveLength(3);
  });

  it("writes out version 2's words, which match the answers' model while the answers are at version 1", () => {
    expect(V2_WORDS).toEqual({ groups: CATEGORIES, notAsked: NOT_ASKED, unclear: UNCLEAR, doctors: MAX_PROVIDERS, name: MAX_NAME_LENGTH, state: STATE_VERSION });
  });

  it('is read with a well-formed check but impossible answers as "invalid"', () => {
    // Re-sign a hand-made body so only the content is wrong.
    const sign = (body: string) => `#${body}.${check(body)}`;
    expect(readLink(sign('s2.22222.' + '0'.repeat(14) + '.'), LINK_TABLES)).toMatchObject({ ok: true });
    expect(readLink(sign('s2.22224.' + '0'.repeat(14) + '.'), LINK_TABLES)).toEqual({ ok: false, error: 'invalid' });
    expect(readLink(sign('s2.22222.' + 'e' + '0'.repeat(13) + '.'), LINK_TABLES)).toEqual({ ok: false, error: 'invalid' });
    expect(readLink(sign('s2.22222.' + '0'.repeat(13) + '.'), LINK_TABLES)).toEqual({ ok: false, error: 'invalid' });
    expect(readLink(sign('s2.22222'), LINK_TABLES)).toEqual({ ok: false, error: 'invalid' });
    expect(readLink(sign('s2.22222.' + '0'.repeat(14) + '.%E0%A4%A'), LINK_TABLES)).toEqual({ ok: false, error: 'invalid' });
    expect(readLink(sign('s2.22222' + ('.' + '0'.repeat(14) + '.').repeat(5)), LINK_TABLES)).toEqual({ ok: false, error: 'invalid' });
  });

  it(`matches questions.yaml: the newest table (version ${LINK_VERSION}) names every question and answer, in the page's order`, () => {
    const questions = loadQuestions().map((x) => questionEntrySchema.parse(x));
    // In page order: the browser reads the table from the page (see link-table.ts).
    const now = orderQuestions(questions).map((q) => [q.id, q.options.map((o) => o.id)]);
    expect(
      table,
      'questions.yaml changed its question or answer ids. Links already sent must keep their meaning: add a new table to src/lib/scorer/link-table.ts under the next version, set LINK_VERSION in link.ts to it, and keep the old table.',
    ).toEqual(now);
  });
});
