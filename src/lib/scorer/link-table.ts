/**
 * What each character of a compact share link (link.ts) means, frozen per link version. A link
 * sent by text message may be opened months later, after editors have added, removed or
 * reordered questions and answers, so a link never depends on the page's current order: its
 * version picks one of these tables, and the table says which question and which answer each
 * place and letter stand for.
 *
 * The browser reads the current version's table from the page itself (the questions in page
 * order, each with its answers in order), so this text ships only to the tests while there is
 * one version. When a second version comes, the browser must import the older tables from here
 * to keep opening older links.
 *
 * Never edit a table once links have been sent with it. When questions.yaml changes its
 * question or answer ids, add a new table under the next version number, point
 * LINK_VERSION (link.ts) at it, and keep every older table so older links still open.
 * test/unit/scorer-link.test.ts fails, saying so, when the newest table and questions.yaml
 * no longer match.
 */

/** [question id, [answer ids in the order of the letters a, b, c, d]] */
export type LinkTable = readonly (readonly [question: string, options: readonly string[]])[];

export const LINK_TABLES: Readonly<Record<number, LinkTable>> = {
  2: [
    ['fracture-is-recent', ['scan-and-exam', 'scan-only', 'x-ray-only']],
    ['without-the-procedure', ['explains-plan', 'some-improve', 'only-option']],
    ['what-research-shows', ['balanced', 'positive-only', 'works-for-everyone']],
    ['why-kyphoplasty', ['specific-reason', 'usual-choice', 'height-claim']],
    ['how-many-done', ['regular-tracks-results', 'regular-no-tracking', 'new-supervised', 'occasional-unknown']],
    ['certified-and-approved', ['certified-privileged', 'certified-unsure', 'evasive-or-none']],
    ['cement-leaks', ['honest-numbers', 'vague', 'never']],
    ['imaging-during', ['two-views-stop', 'live-no-detail', 'cannot-explain']],
    ['how-many-bones', ['matching-only', 'decide-on-day', 'many-preventive']],
    ['anesthesia-monitoring', ['dedicated-monitoring', 'nurse-unclear', 'no-clear-answer']],
    ['if-something-goes-wrong', ['on-site-or-agreed', 'nearest-hospital', 'no-plan']],
    ['where-and-same-day', ['explains-setting', 'same-day-usually', 'cannot-say', 'cannot-explain-stay']],
    ['bone-health', ['full-plan', 'family-doctor', 'cement-fixes-it']],
    ['expected-results', ['realistic-range', 'vague-positive', 'promises']],
  ],
};
