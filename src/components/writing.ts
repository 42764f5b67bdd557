/**
 * Everything a page author uses in MDX, importable in one line:
 *   import { Cite, Term, GetHelpNow, IconArray, ExactFigures, StepsDiagram, ColumnsDiagram, WriteIn, SelfCheck } from '~/components/writing';
 */
export { default as Cite } from './Cite.astro';
export { default as Term } from './Term.astro';
export { default as GetHelpNow } from './GetHelpNow.astro';
export { default as IconArray } from './IconArray.astro';
export { default as ExactFigures } from './ExactFigures.astro';
export { default as StepsDiagram } from './diagrams/StepsDiagram.astro';
export { default as ColumnsDiagram } from './diagrams/ColumnsDiagram.astro';
export { default as WriteIn } from './WriteIn.astro';
export { default as SelfCheck } from './SelfCheck.astro';
