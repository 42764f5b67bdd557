/**
 * The browser's validator for saved answers (version 1). It mirrors `stateSchema` in schema.ts
 * rule for rule, without shipping zod. Measured on 2026-11-26 (now the "Scorer page extra
 * JavaScript" row of `npm run bench`): the scorer's script is 5,292 bytes gzip with this decoder
 * and 11,817 with the same schema in `zod/mini`, which would break the 8 KB budget. test/unit/scorer-state.test.ts proves with
 * fast-check that this decoder accepts exactly the values the zod schema accepts and returns
 * the same value (it even copies zod's quiet dropping of a "__proto__" answer key).
 *
 * Returns a fresh copy built only from known keys, or null for anything else.
 */
import {
  CATEGORIES,
  ID_PATTERN,
  MAX_ANSWERS,
  MAX_ID_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PROVIDERS,
  MAX_WEIGHT,
  STATE_VERSION,
  type Provider,
  type ScorerState,
  type Weights,
} from './model';

type Obj = Record<string, unknown>;

const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
/** Every own key is one of `allowed` (strict objects reject extra keys). */
const onlyKeys = (o: Obj, allowed: readonly string[]) => Object.keys(o).every((k) => allowed.includes(k));
const isId = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_ID_LENGTH && ID_PATTERN.test(x);

function provider(x: unknown): Provider | null {
  if (!isObject(x) || !onlyKeys(x, ['name', 'answers'])) return null;
  const { name, answers } = x;
  if (typeof name !== 'string' || name.length > MAX_NAME_LENGTH || !isObject(answers)) return null;
  // Like zod's record, drop a "__proto__" key (JSON.parse makes it an own key) instead of
  // copying it, and do not count it. Anything else must be a valid id pair.
  const keys = Object.keys(answers).filter((k) => k !== '__proto__');
  if (keys.length > MAX_ANSWERS) return null;
  const out: Record<string, string> = {};
  for (const k of keys) {
    const v = answers[k];
    if (!isId(k) || !isId(v)) return null;
    out[k] = v;
  }
  return { name, answers: out };
}

export function decodeState(x: unknown): ScorerState | null {
  if (!isObject(x) || !onlyKeys(x, ['v', 'weights', 'providers']) || x.v !== STATE_VERSION) return null;
  const { weights, providers } = x;
  if (!isObject(weights) || !onlyKeys(weights, CATEGORIES)) return null;
  const w = {} as Weights;
  for (const c of CATEGORIES) {
    const n = weights[c];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_WEIGHT) return null;
    w[c] = n as Weights[typeof c];
  }
  if (!Array.isArray(providers) || providers.length < 1 || providers.length > MAX_PROVIDERS) return null;
  const list: Provider[] = [];
  for (const p of providers) {
    const ok = provider(p);
    if (!ok) return null;
    list.push(ok);
  }
  return { v: STATE_VERSION, weights: w, providers: list };
}
