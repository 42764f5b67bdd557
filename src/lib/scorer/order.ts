/**
 * The one order of the questions, everywhere they appear: the scorer, the handout and the
 * questions page number them 1 to 14 in this order. Grouped in the groups' order (CATEGORIES),
 * then in the order of questions.yaml within each group.
 */
import { CATEGORIES, type CategoryId } from './model';

export function orderQuestions<T extends { category: CategoryId; position: number }>(questions: readonly T[]): T[] {
  return [...questions].sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || a.position - b.position);
}
