/**
 * The English messages <kg-scorer> needs only on rarer paths (links, files, saving problems,
 * another tab): loaded with rare.ts when one of them is about to be needed, so the first load
 * carries only script-words-en.ts. Part of `script` in words.ts.
 */
import type { ReadError } from '../../lib/scorer/migrate';

const words = {
  /** Why saved answers, a file or a link could not be read. */
  reasons: {
    'not-json': 'It is cut off or damaged.',
    'not-scorer': 'It does not look like answers from this question scorer.',
    newer: 'It was saved by a newer version of this page.',
    'too-old': 'It was saved by an older version of this page that can no longer be read.',
    invalid: 'Some of it has been changed or damaged.',
  } satisfies Record<ReadError, string>,
  /**
   * The banners that ask the patient to choose (rare.ts writes them as they show; the "not saved"
   * banner is in the page). Every key after `heading` and `text` is a button's data-act.
   * {from} is a link or a file (`from`).
   */
  banners: {
    corrupt: {
      heading: 'We could not read the answers saved on this device',
      text: 'They are still saved, unchanged. Nothing you do on this page is saved until you choose what to do.',
      'download-raw': 'Download the saved data as it is',
      'start-fresh': 'Delete it and start saving again',
    },
    elsewhere: {
      heading: 'Your answers were changed in another tab or window',
      text: 'The answers on this page have not been saved, and nothing has been overwritten. Choose which answers to keep.',
      theirs: 'Show the answers from the other tab',
      mine: 'Keep the answers on this page',
      'save-file': 'Download the answers on this page (file)',
    },
    pending: {
      heading: 'You are looking at answers from a {from}',
      text: 'Your own saved answers are still on this device, unchanged. Changes you make now are not saved until you choose.',
      adopt: 'Keep these answers instead of mine',
      discard: 'Go back to my saved answers',
      'save-file': 'Download these answers (file)',
    },
  },
  changedElsewhere: 'Your answers were changed in another tab or window. This page now shows them.',
  changedUnreadable: 'The answers were changed in another tab or window and cannot be read here.',
  fileNotOpened: 'That file could not be opened. {reason} Nothing has been changed.',
  /** Where answers waiting for the patient came from, for {from}. */
  from: { link: 'link', file: 'file' },
  loadedAndSaved: 'Answers loaded from the {from} and saved on this device.',
  showingNotSaved: 'Showing the answers from the {from}. They are not saved. {why}',
  showingNotSavedYet: 'Showing the answers from the {from}. They are not saved yet.',
  sharedSaved: 'Someone sent you these answers in a link. They are saved on this device now, so you can come back to them.',
  sharedNotSaved: 'Someone sent you these answers in a link. They are not saved on this device. {why}',
  copied: 'Link copied. Paste it into a text message or an email.',
  copyYourself: 'Select the link and copy it yourself.',
  shareTitle: 'Comparison of doctors’ answers about kyphoplasty',
  sentToApp: 'The link went to the app you chose.',
  notSent: 'Not sent.',
  confirmStartOwn: 'Clear these shared answers from this device and start your own? The link you were sent still opens them.',
  startedOwn: 'Started a new comparison. The link you were sent still opens the shared answers.',
  fileName: 'kyphoplasty-questions-{date}.json',
  unreadableFileName: 'kyphoplasty-questions-unreadable.json',
  savingAgain: 'Saving again. The unreadable data was deleted.',
  notDeleted: 'The unreadable data could not be deleted. {why}',
  backToSaved: 'Back to your saved answers.',
  adopted: 'Saved. These answers replaced the ones you had.',
  notAdopted: 'These answers could not be saved. {why} Your own saved answers are unchanged. Download a file to keep these.',
  stillNotSaved: 'Still not saved. {why}',
  saved: 'Saved.',
  showingOther: 'Showing the answers saved in the other tab or window.',
  keptMine: 'Saved. The answers on this page replaced the ones from the other tab or window.',
  notSaved: 'Not saved. {why}',
  /** The comparison's heading while it shows answers from a link (only ever after rare.ts has loaded). */
  sharedComparison: 'A comparison shared with you',
  /** Why a write failed when another tab or window changed the answers (whyNotSaved's other reasons are in script-words). */
  whyChanged: 'Your answers were changed in another tab or window.',
};

export type RareWords = typeof words;
export default words;
