/**
 * The two clear-communication instruments the content standards use as a yardstick, as data.
 * Every item is paraphrased in our own words (the published wording is AHRQ's and CDC's); the
 * numbers are the ones printed on the published sheets, so a rating sheet can be checked against
 * them item by item.
 *
 * - PEMAT-P: AHRQ, "The Patient Education Materials Assessment Tool (PEMAT) and User's Guide",
 *   2013, updated 2020; printable version. Understandability items 1–12 and 15–19 (13 and 14 are
 *   for audiovisual material only, hence the gap) and actionability items 20–26.
 * - CDC Clear Communication Index, full score sheet (CDC, 2013; revised 2019): 20 scored items in
 *   Parts A–D. Part A (1–11) always applies; Parts B–D (12–20) only when the material has
 *   behavioural recommendations, numbers or risk information.
 *
 * Verified (December 2026) against: AHRQ's PEMAT user's guide pages for items 12–14 and 20–22;
 * published tables reproducing the PEMAT-P form (item numbers and which items allow N/A);
 * CDC's Index page and widget and the interactive Index page (items 1–3, parts and scoring);
 * CDC's webinar slides listing all 20 items by topic. Items 4–20 of the CDC Index were checked
 * only against secondary summaries of the score sheet, not the score sheet itself; see
 * `verifiedFrom` on each item.
 */

export type PematScale = 'understandability' | 'actionability';

export interface PematItem {
  /** The number printed on the PEMAT-P form. */
  number: number;
  scale: PematScale;
  /** Our paraphrase of what the item asks. */
  asks: string;
  /** When the item may be marked not applicable, in our words; absent when it always applies. */
  notApplicableWhen?: string;
}

export const PEMAT_P: readonly PematItem[] = [
  { number: 1, scale: 'understandability', asks: 'It is plain from the start what the material is for.' },
  { number: 2, scale: 'understandability', asks: 'Nothing in it pulls the reader away from that purpose.' },
  { number: 3, scale: 'understandability', asks: 'It is written in ordinary, everyday words.' },
  { number: 4, scale: 'understandability', asks: 'Medical words appear only so the reader learns them, and each is explained where it is used.' },
  { number: 5, scale: 'understandability', asks: 'Sentences are in the active voice.' },
  { number: 6, scale: 'understandability', asks: 'Any numbers are clear and easy to take in.', notApplicableWhen: 'the material has no numbers' },
  { number: 7, scale: 'understandability', asks: 'The reader is never left to do arithmetic.' },
  { number: 8, scale: 'understandability', asks: 'The information comes in short sections.', notApplicableWhen: 'the material is very short' },
  { number: 9, scale: 'understandability', asks: 'Each section has a heading that tells the reader what is in it.', notApplicableWhen: 'the material is very short' },
  { number: 10, scale: 'understandability', asks: 'The information comes in a sensible order.' },
  { number: 11, scale: 'understandability', asks: 'There is a summary.', notApplicableWhen: 'the material is very short' },
  { number: 12, scale: 'understandability', asks: 'Visual cues (boxes, bullets, bold, arrows, larger type) point to the key points.' },
  { number: 15, scale: 'understandability', asks: 'Pictures or diagrams are used wherever they would make the content easier to grasp.' },
  { number: 16, scale: 'understandability', asks: 'The pictures support the text instead of distracting from it.', notApplicableWhen: 'there are no pictures' },
  { number: 17, scale: 'understandability', asks: 'Each picture has a clear title or caption.', notApplicableWhen: 'there are no pictures' },
  { number: 18, scale: 'understandability', asks: 'Drawings and photographs are clear and uncluttered.', notApplicableWhen: 'there are no pictures' },
  { number: 19, scale: 'understandability', asks: 'Tables are simple, with short, clear row and column headings.', notApplicableWhen: 'there are no tables' },
  { number: 20, scale: 'actionability', asks: 'It names at least one thing the reader can do.' },
  { number: 21, scale: 'actionability', asks: 'It speaks to the reader directly ("you") when it describes what to do.' },
  { number: 22, scale: 'actionability', asks: 'Each action is broken into small, explicit steps.' },
  { number: 23, scale: 'actionability', asks: 'It gives a tangible tool (a checklist, a planner) wherever one would help the reader act.' },
  { number: 24, scale: 'actionability', asks: 'Any calculation the reader must do comes with simple instructions or a worked example.', notApplicableWhen: 'there are no calculations' },
  { number: 25, scale: 'actionability', asks: 'It explains how to use its charts, tables or diagrams to act.', notApplicableWhen: 'there are no charts, graphs, tables or diagrams' },
  { number: 26, scale: 'actionability', asks: 'Pictures are used wherever they would make the instructions easier to follow.' },
];

export type CdcPart = 'A' | 'B' | 'C' | 'D';

export interface CdcItem {
  number: number;
  part: CdcPart;
  asks: string;
  /** Items 12–20 may be marked not applicable (no recommendations, no numbers, no risk). */
  mayNotApply: boolean;
  /**
   * True for the one item where "yes" is the bad answer (item 17: the reader has to calculate).
   * A "no" then earns the point.
   */
  yesScoresZero?: true;
  /** Where the item's number and meaning were checked. */
  verifiedFrom: 'primary' | 'secondary';
}

export const CDC_PART_NAMES: Record<CdcPart, string> = {
  A: 'Core',
  B: 'Behavioural recommendations',
  C: 'Numbers',
  D: 'Risk',
};

export const CDC_INDEX: readonly CdcItem[] = [
  { number: 1, part: 'A', asks: 'There is one main message: the single thing the reader must remember (a topic is not a message).', mayNotApply: false, verifiedFrom: 'primary' },
  { number: 2, part: 'A', asks: 'The main message is at the very start; on the web, the whole first section shows without scrolling.', mayNotApply: false, verifiedFrom: 'primary' },
  { number: 3, part: 'A', asks: 'The main message stands out visually (type, colour, a box, lines, a heading).', mayNotApply: false, verifiedFrom: 'primary' },
  { number: 4, part: 'A', asks: 'At least one picture carries or backs up the main message, with a caption or labels.', mayNotApply: false, verifiedFrom: 'secondary' },
  { number: 5, part: 'A', asks: 'It asks the primary audience to do at least one thing (a call to action).', mayNotApply: false, verifiedFrom: 'secondary' },
  { number: 6, part: 'A', asks: 'The main message and the call to action are both in the active voice.', mayNotApply: false, verifiedFrom: 'secondary' },
  { number: 7, part: 'A', asks: 'It always uses the words the audience uses; any specialist term or abbreviation is explained where it first appears.', mayNotApply: false, verifiedFrom: 'secondary' },
  { number: 8, part: 'A', asks: 'It uses bulleted or numbered lists, none longer than seven items without a break.', mayNotApply: false, verifiedFrom: 'secondary' },
  { number: 9, part: 'A', asks: 'It is organised in chunks, each under a heading.', mayNotApply: false, verifiedFrom: 'secondary' },
  { number: 10, part: 'A', asks: 'The first paragraph or section sums up the most important information.', mayNotApply: false, verifiedFrom: 'secondary' },
  { number: 11, part: 'A', asks: 'It says what experts know and also what they do not know about the topic.', mayNotApply: false, verifiedFrom: 'secondary' },
  { number: 12, part: 'B', asks: 'It recommends at least one behaviour to the primary audience.', mayNotApply: true, verifiedFrom: 'secondary' },
  { number: 13, part: 'B', asks: 'It explains why the recommended behaviour matters to the reader.', mayNotApply: true, verifiedFrom: 'secondary' },
  { number: 14, part: 'B', asks: 'It says exactly how to carry out the behaviour (including when and how to reach a clinician).', mayNotApply: true, verifiedFrom: 'secondary' },
  { number: 15, part: 'C', asks: 'Every number is one the audience knows and needs.', mayNotApply: true, verifiedFrom: 'secondary' },
  { number: 16, part: 'C', asks: 'It always says what each number means.', mayNotApply: true, verifiedFrom: 'secondary' },
  { number: 17, part: 'C', asks: 'The reader has to do arithmetic to understand it (answering yes loses the point).', mayNotApply: true, yesScoresZero: true, verifiedFrom: 'secondary' },
  { number: 18, part: 'D', asks: 'It explains what the risk is: what could happen, and to whom.', mayNotApply: true, verifiedFrom: 'secondary' },
  { number: 19, part: 'D', asks: 'It sets out both the risks and the benefits of what it recommends.', mayNotApply: true, verifiedFrom: 'secondary' },
  { number: 20, part: 'D', asks: 'Where a risk is given as a number, it is also explained in words or a picture.', mayNotApply: true, verifiedFrom: 'secondary' },
];

/** The pass marks the content standards set (content-standards.md, "Understandability"). */
export const PASS_MARKS = { cdc: 90, pematUnderstandability: 70, pematActionability: 70 } as const;

/** The PEMAT item numbers on a scale, in form order. */
export const pematNumbers = (scale?: PematScale) => PEMAT_P.filter((i) => !scale || i.scale === scale).map((i) => i.number);
export const cdcNumbers = () => CDC_INDEX.map((i) => i.number);
