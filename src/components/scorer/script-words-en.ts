/**
 * The English messages <kg-scorer> writes itself (notices, confirm() questions, results) that it
 * needs from the start; the rest are in rare-words-en.ts. Together they are `script` in words.ts.
 * A file of its own so that the English page loads only these and the Spanish page only
 * script-words-es.ts (QuestionScorer.astro). The server reads them through words.ts.
 */
import type { Tone } from '../../lib/scorer/model';
import type { StoreFailure } from '../../lib/storage/local-store';

const words = {
  /** A doctor's name until the patient types one. */
  doctor: 'Doctor {n}',
  /** Words for each kind of answer, always beside their symbol (TONE_SYMBOL): never a symbol or colour alone. */
  tones: { reassuring: 'Reassuring', partly: 'Partly reassuring', concerning: 'Concerning' } satisfies Record<Tone, string>,
  redFlag: 'red flag',
  didNotAsk: "Didn't ask",
  notSure: 'Not sure what they meant',
  noAnswer: 'No answer yet',
  /** Why a write failed, for the "not saved" banner and the notices. */
  whyNotSaved: {
    blocked: 'This browser does not let this page save anything.',
    full: 'The storage this browser keeps for this site is full.',
  } satisfies Record<StoreFailure, string>,
  /** When link.ts could not be fetched: offline, say, or a new version of the site replaced it. */
  notLoaded: 'Part of this page did not load. Check your connection and try again.',
  noOverall: 'No overall number yet',
  noAnswers: 'No answers yet',
  score: '{n} out of 100',
  redFlags: { one: '{n} red flag', other: '{n} red flags' },
  confirmRemove: 'Remove {name} and their answers?',
  confirmClear: 'Delete all names and answers on this page? This cannot be undone.',
  cleared: 'All answers cleared.',
  step: 'Question {n}',
  stepDone: 'Question {n}, answered',
  where: 'Question {n} of {total}',
  progress: '{where} · {name}: {answered}',
  answered: { one: '{n} answered', other: '{n} answered' },
  yourComparison: 'Your comparison',
  live: '{name}: answered {answered} of {total}. {overall}. {flags}.',
  overall: 'Overall {score}',
  answeredOf: 'answered {n} of {total}',
  counts: 'counts: {weight}',
  sideBySide: 'Side by side',
  group: 'Group',
  overallRow: 'Overall',
  withYourWeights: 'with your weights',
  notAskedOrUnsure: "Didn't ask or not sure",
  redFlagsHeading: 'Red flags',
  redFlagItem: ' — {short} They said: “{says}” Why this matters: {why}',
  redFlagsIntro: 'Answers marked as red flags are listed here whatever the numbers say. Ask about them before you decide.',
  noRedFlags: 'No red flags recorded.',
  effectsHeading: 'How your choices changed the overall number',
  effect: '{name}: {mine} with your choices; {normal} with every group at Normal.',
  effectOfGroup: ' {group} ({weight}): {change}.',
  // "1 points" as the English page has always said it; Spanish says "1 punto".
  points: { one: '{n} points', other: '{n} points' },
  noChange: 'no change',
  byAnswer: 'Answer by answer',
  questionAndWhy: 'Question, and why it matters',
  summaryFor: 'Summary for {name}',
  summaryOverall: 'Overall: {score}',
  summaryCounts: ' · answered {answered} of {total} · {notAsked} not asked · {unsure} not sure',
  groupCounts: '{group} (counts: {weight}): ',
  summaryRedFlags: 'Red flags: ',
  noneRecorded: 'none recorded.',
  summaryNote: 'This summary shows how complete and reassuring the answers were. It does not predict results and does not rate the doctor.',
  linkNotOpened: 'This link could not be opened. {reason} Your saved answers have not been changed.',
  linkNotMade: 'The link could not be made. {reason}',
};

export type FirstWords = typeof words;
export default words;
