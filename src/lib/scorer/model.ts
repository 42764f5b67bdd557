/**
 * The scorer's vocabulary: question groups, weights, the two "no answer" choices and the shape
 * of a patient's saved answers. No zod here: this file ships to the browser, so it stays tiny.
 * The zod versions of these shapes (for the build and the tests) are in ./schema.ts.
 */

/** The five groups a question can belong to, in the order the page shows them. */
export const CATEGORIES = ['evidence-fit', 'experience', 'safety', 'team-setting', 'after-care'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/** How a doctor's answer sounds, from the patient's side. Points follow from it (see schema.ts). */
export const TONES = ['reassuring', 'partly', 'concerning'] as const;
export type Tone = (typeof TONES)[number];

/**
 * Symbol and words for each tone: the checklist (QuestionScorer.astro) and the results
 * (scorer-element.ts) must say the same thing. The symbol is hidden from screen readers and
 * the words are always shown, so a tone never rests on a symbol or a colour alone.
 */
export const TONE_SYMBOL: Record<Tone, string> = { reassuring: '✓', partly: '~', concerning: '✗' };
export const TONE_MARK: Record<Tone, [symbol: string, words: string]> = {
  reassuring: [TONE_SYMBOL.reassuring, 'Reassuring'],
  partly: [TONE_SYMBOL.partly, 'Partly reassuring'],
  concerning: [TONE_SYMBOL.concerning, 'Concerning'],
};

/**
 * Always offered, never scored: "I didn't ask" and "Not sure what they meant". They are saved,
 * so the patient sees what is still open, but they count as "not answered" in every result.
 */
export const NOT_ASKED = 'not-asked';
export const UNCLEAR = 'unclear';
export const UNSCORED_CHOICES = [NOT_ASKED, UNCLEAR] as const;

/**
 * Importance of a group, as an integer multiplier: 0 leaves the group out of the overall result,
 * 3 counts it three times as much as 1. Every group starts at NORMAL (see categories.ts for why).
 */
export const WEIGHT_LEVELS = [0, 1, 2, 3] as const;
export type Weight = (typeof WEIGHT_LEVELS)[number];
export const DEFAULT_WEIGHT: Weight = 2;
export const MAX_WEIGHT: Weight = 3;

export const MAX_PROVIDERS = 4;
export const MAX_NAME_LENGTH = 60;
/** Longest question or option id, and the most answers one provider may carry. */
export const MAX_ID_LENGTH = 40;
export const MAX_ANSWERS = 60;

/**
 * Ids are lowercase words joined by hyphens: safe as object keys, URL text and HTML values.
 * Defined here, not in content-schemas.ts, because that file imports zod and this one ships to
 * the browser; content-schemas.ts uses it for source and glossary ids too.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const STATE_VERSION = 1;

/**
 * Characters that change the direction of the text after them (embeddings, overrides, isolates
 * and marks). A name is just a label, so the page drops them when it reads a name: one U+202E in
 * a name would otherwise draw the site's own sentences after it backwards. The page also shows
 * every name inside <bdi>, so right-to-left names still read correctly.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export const cleanName = (name: string): string => name.replace(BIDI_CONTROLS, '');
/** The same state with every name cleaned (see cleanName). */
export const cleanNames = (state: ScorerState): ScorerState => ({ ...state, providers: state.providers.map((p) => ({ ...p, name: cleanName(p.name) })) });

/** One doctor, as the patient recorded them. `answers` maps question id → option id. */
export interface Provider {
  name: string;
  answers: Record<string, string>;
}

export type Weights = Record<CategoryId, Weight>;

/** Everything the scorer saves, in localStorage, in a file, or in a share link. Version 1. */
export interface ScorerState {
  v: typeof STATE_VERSION;
  weights: Weights;
  providers: Provider[];
}

export function defaultWeights(): Weights {
  return Object.fromEntries(CATEGORIES.map((c) => [c, DEFAULT_WEIGHT])) as Weights;
}

/** A new, empty state: one unnamed provider, every group at the default weight. */
export function emptyState(): ScorerState {
  return { v: STATE_VERSION, weights: defaultWeights(), providers: [{ name: '', answers: {} }] };
}

/** True when there is nothing the patient would miss if it were replaced: no names, no answers, default weights. */
export function isBlank(state: ScorerState): boolean {
  return (
    CATEGORIES.every((c) => state.weights[c] === DEFAULT_WEIGHT) &&
    state.providers.every((p) => !p.name.trim() && Object.keys(p.answers).length === 0)
  );
}
