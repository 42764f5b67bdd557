/**
 * What the patient's answers show, one answer at a time. A leaning is worked out from one
 * statement and one answer only, and the list keeps the statements' order: there is no total,
 * no ranking of options and no "best" option anywhere in this module, by design (IPDAS: the aid
 * helps people see what matters to them; it does not choose for them).
 *
 * The words come in as an argument, in the page's language (src/components/decision-aid/words.ts),
 * so the browser element can pass the ones its page gave it and ship no words of its own.
 */
import { STATEMENTS, SURE_ITEMS, type AidState, type Level, type StatementId, type SureId, type Toward, type YesNo } from './model';

/** The words a leaning is told in: each statement, each answer on the scale, each leaning. */
export interface AnswerWords {
  statements: Record<StatementId, string>;
  levels: Record<Level, string>;
  /** A sentence for each place a leaning can point: "Leans toward care without a procedure." */
  leanings: Record<Toward, string>;
}

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

/** The answered statements, in the worksheet's order, each with its own leaning. */
export function leanings(state: AidState, words: AnswerWords): Leaning[] {
  return STATEMENTS.flatMap((s) => {
    const level = state.matters[s.id];
    if (!level) return [];
    const toward = leaningFor(s.id, level);
    return [{ id: s.id, statement: words.statements[s.id], level, levelText: words.levels[level], toward, words: words.leanings[toward] }];
  });
}

export interface SureResult {
  answered: number;
  yes: number;
  /** All four answered. */
  complete: boolean;
  /** All four answered and three or fewer "yes": show what to do next. */
  nextSteps: boolean;
  answers: { id: SureId; answer: YesNo | null }[];
}

/** The SURE test: three or fewer "yes" answers (of four) means the person may not feel ready yet. */
export function sureResult(state: AidState): SureResult {
  const answers = SURE_ITEMS.map((item) => ({ id: item.id, answer: state.sure[item.id] ?? null }));
  const answered = answers.filter((a) => a.answer !== null).length;
  const yes = answers.filter((a) => a.answer === 'yes').length;
  const complete = answered === SURE_ITEMS.length;
  return { answered, yes, complete, nextSteps: complete && yes <= 3, answers };
}
