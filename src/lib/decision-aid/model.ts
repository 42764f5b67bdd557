/**
 * The decision aid's worksheet as data: the statements a patient weighs, the scale they answer
 * on, which option each leaning points toward, and the SURE test. The page (DecisionAid.astro)
 * renders these words; the browser element and the tests read the same module, so the paper
 * worksheet, the screen and the printed summary can never disagree.
 *
 * Nothing here adds answers up. Each statement's leaning stands alone, next to its answer: the
 * aid never turns them into a total, a recommendation or a prediction.
 */

/** Version of the saved answers. To change the saved shape, see migrate.ts. */
export const STATE_VERSION = 1;

/** Where a leaning points. 'either-procedure': kyphoplasty or vertebroplasty; 'none': no option in particular. */
export type Toward = 'either-procedure' | 'no-procedure' | 'none';

export const TOWARD_TEXT: Record<Toward, string> = {
  'either-procedure': 'kyphoplasty or vertebroplasty',
  'no-procedure': 'care without a procedure',
  none: 'no option in particular',
};

export interface Statement {
  id: string;
  /** In the patient's voice. */
  text: string;
  /** Where it points when it matters to the patient. */
  toward: Toward;
}

export const STATEMENTS = [
  {
    id: 'quick-relief',
    text: 'Getting relief from pain quickly.',
    toward: 'either-procedure',
  },
  {
    id: 'avoid-procedure',
    text: 'Avoiding a procedure if I can.',
    toward: 'no-procedure',
  },
  {
    id: 'cement-worry',
    text: 'Worry about cement leaking outside the bone.',
    toward: 'no-procedure',
  },
  {
    id: 'hospital-stay',
    text: 'Avoiding a hospital stay.',
    toward: 'no-procedure',
  },
  {
    id: 'fewer-painkillers',
    text: 'Needing fewer strong pain medicines.',
    toward: 'either-procedure',
  },
  {
    id: 'cost',
    text: 'What it costs me.',
    toward: 'none',
  },
] as const satisfies readonly Statement[];

export type StatementId = (typeof STATEMENTS)[number]['id'];
export const STATEMENT_IDS = STATEMENTS.map((s) => s.id) as readonly StatementId[];

/** The scale the patient answers each statement on, most first. */
export const LEVELS = ['a-lot', 'some', 'a-little', 'not-at-all'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_TEXT: Record<Level, string> = {
  'a-lot': 'Matters a lot to me',
  some: 'Matters some',
  'a-little': 'Matters a little',
  'not-at-all': 'Does not matter to me',
};

/** The SURE test (four yes/no questions), in plain words. */
export const SURE_ITEMS = [
  { id: 'sure', letter: 'S', label: 'Sure of myself', text: 'Do you feel sure about the best choice for you?' },
  { id: 'understand', letter: 'U', label: 'Understand the information', text: 'Do you know the benefits and risks of each option?' },
  { id: 'risk-benefit', letter: 'R', label: 'Risk–benefit ratio', text: 'Are you clear about which benefits and risks matter most to you?' },
  { id: 'encouragement', letter: 'E', label: 'Encouragement', text: 'Do you have enough support and advice to make a choice?' },
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
