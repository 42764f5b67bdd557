/**
 * The decision aid's worksheet as data: the statements a patient weighs, the scale they answer
 * on, which option each leaning points toward, and the SURE test. The page (DecisionAid.astro)
 * renders them; the browser element and the tests read the same module, so the paper
 * worksheet, the screen and the printed summary can never disagree. Their words, in each page
 * language, are in src/components/decision-aid/words.ts, keyed by the ids here: this module
 * carries no words, so the element's script carries none either.
 *
 * Nothing here adds answers up. Each statement's leaning stands alone, next to its answer: the
 * aid never turns them into a total, a recommendation or a prediction.
 */

/** Version of the saved answers. To change the saved shape, see migrate.ts. */
export const STATE_VERSION = 1;

/** Where a leaning points. 'either-procedure': kyphoplasty or vertebroplasty; 'none': no option in particular. */
export type Toward = 'either-procedure' | 'no-procedure' | 'none';

/** A statement the patient weighs; its words, in the patient's voice, are in words.ts. */
export interface Statement {
  id: string;
  /** Where it points when it matters to the patient. */
  toward: Toward;
}

export const STATEMENTS = [
  { id: 'quick-relief', toward: 'either-procedure' },
  { id: 'avoid-procedure', toward: 'no-procedure' },
  { id: 'cement-worry', toward: 'no-procedure' },
  { id: 'hospital-stay', toward: 'no-procedure' },
  { id: 'fewer-painkillers', toward: 'either-procedure' },
  { id: 'cost', toward: 'none' },
] as const satisfies readonly Statement[];

export type StatementId = (typeof STATEMENTS)[number]['id'];
export const STATEMENT_IDS = STATEMENTS.map((s) => s.id) as readonly StatementId[];

/** The scale the patient answers each statement on, most first. */
export const LEVELS = ['a-lot', 'some', 'a-little', 'not-at-all'] as const;
export type Level = (typeof LEVELS)[number];

/** The SURE test (four yes/no questions). The letters spell the test's name in every language. */
export const SURE_ITEMS = [
  { id: 'sure', letter: 'S' },
  { id: 'understand', letter: 'U' },
  { id: 'risk-benefit', letter: 'R' },
  { id: 'encouragement', letter: 'E' },
] as const;
export type SureId = (typeof SURE_ITEMS)[number]['id'];
export const SURE_IDS = SURE_ITEMS.map((s) => s.id) as readonly SureId[];
export type YesNo = 'yes' | 'no';

/** The longest "my questions" text kept (about a printed page of handwriting). */
export const MAX_QUESTIONS_LENGTH = 2000;

export interface AidState {
  v: typeof STATE_VERSION;
  /** Only answered statements have a key. */
  matters: Partial<Record<StatementId, Level>>;
  sure: Partial<Record<SureId, YesNo>>;
  questions: string;
}

export const emptyState = (): AidState => ({ v: STATE_VERSION, matters: {}, sure: {}, questions: '' });

export const isEmpty = (s: AidState): boolean => Object.keys(s.matters).length === 0 && Object.keys(s.sure).length === 0 && s.questions.trim() === '';
