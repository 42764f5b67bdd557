/**
 * What the patient's answers show, one answer at a time. A leaning is worked out from one
 * statement and one answer only, and the list keeps the statements' order: there is no total,
 * no ranking of options and no "best" option anywhere in this module, by design (IPDAS: the aid
 * helps people see what matters to them; it does not choose for them).
 */
import { LEVEL_TEXT, STATEMENTS, SURE_ITEMS, TOWARD_TEXT, type AidState, type Level, type StatementId, type Toward, type YesNo } from './model';

export interface Leaning {
  id: StatementId;
  statement: string;
  level: Level;
  levelText: string;
  toward: Toward;
  /** "Leans toward care without a procedure." */
  words: string;
}

/** Where one answer points: the statement's option when it matters to the patient, otherwise none. */
export function leaningFor(id: StatementId, level: Level): Toward {
  const statement = STATEMENTS.find((s) => s.id === id)!;
  return level === 'a-lot' || level === 'some' ? statement.toward : 'none';
}

export function leaningWords(toward: Toward): string {
  return toward === 'none' ? 'Does not lean toward any option.' : `Leans toward ${TOWARD_TEXT[toward]}.`;
}

/** The answered statements, in the worksheet's order, each with its own leaning. */
export function leanings(state: AidState): Leaning[] {
  return STATEMENTS.flatMap((s) => {
    const level = state.matters[s.id];
    if (!level) return [];
    const toward = leaningFor(s.id, level);
    return [{ id: s.id, statement: s.text, level, levelText: LEVEL_TEXT[level], toward, words: leaningWords(toward) }];
  });
}

export interface SureResult {
  answered: number;
  yes: number;
  /** All four answered. */
  complete: boolean;
  /** All four answered and three or fewer "yes": show what to do next. */
  nextSteps: boolean;
  answers: { id: string; label: string; text: string; answer: YesNo | null }[];
}

/** The SURE test: three or fewer "yes" answers (of four) means the person may not feel ready yet. */
export function sureResult(state: AidState): SureResult {
  const answers = SURE_ITEMS.map((item) => ({ id: item.id, label: item.label, text: item.text, answer: state.sure[item.id] ?? null }));
  const answered = answers.filter((a) => a.answer !== null).length;
  const yes = answers.filter((a) => a.answer === 'yes').length;
  const complete = answered === SURE_ITEMS.length;
  return { answered, yes, complete, nextSteps: complete && yes <= 3, answers };
}
