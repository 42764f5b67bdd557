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
