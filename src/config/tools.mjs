import { SPANISH_DIR } from './languages.mjs';

/**
 * The interactive tools, each a content page that loads its own script. Their addresses are
 * written here once: the sidebar, the short links, the source lists, the page-weight budgets,
 * the audit and the tests all read them from this file.
 */

/** The provider question scorer (src/components/scorer/). */
export const SCORER_SLUG = 'choosing-a-provider/question-scorer';
export const SCORER_PATH = `/${SCORER_SLUG}/`;

/** Every page by topic: where the search button leads when JavaScript is off (src/plugins/patient-search/). */
export const ALL_PAGES_SLUG = 'all-pages';
export const ALL_PAGES_PATH = `/${ALL_PAGES_SLUG}/`;

/** The decision aid, "Weighing your options" (src/components/decision-aid/). */
export const DECISION_AID_SLUG = 'understanding/weighing-your-options';
export const DECISION_AID_PATH = `/${DECISION_AID_SLUG}/`;

/** Pages that load a tool's own script: each may add up to `toolExtraJs` (scripts/lib/budgets.ts) over a plain page. */
export const TOOL_PATHS = [SCORER_PATH, DECISION_AID_PATH];

/**
 * The tool a page holds, in any language, by its English address ("/es/understanding/weighing-your-options/"
 * gives DECISION_AID_PATH), or undefined for a plain page. The Spanish tools load the same scripts.
 * @param {string} path
 */
export function toolAt(path) {
  const english = path.replace(new RegExp(`^/${SPANISH_DIR}/`), '/');
  return TOOL_PATHS.includes(english) ? english : undefined;
}
