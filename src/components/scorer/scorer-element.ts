/**
 * <kg-scorer>: upgrades the server-rendered checklist (QuestionScorer.astro) into the scorer.
 * No framework, and no zod: the maths and the saved-data checks live in src/lib/scorer/, where
 * they are unit-tested. This file only reads the page, keeps one state object, and draws it.
 *
 * Lifecycle
 *  1. Read the questions back from the markup (ids, groups, points, tones, red flags, words).
 *  2. Load saved answers from localStorage (one key, through src/lib/storage/local-store.ts).
 *     Unreadable data is kept as it is: a message offers it for download, and nothing is saved
 *     until the patient chooses to start again.
 *  3. A share link (compact "#s2.…", or a version 1 "#scorer=…") is read next (a compact one once
 *     link.ts has loaded: it loads for a link, or as the patient nears "Send"). A bad link only
 *     shows a message, in view. A good link is used at once when nothing is saved; otherwise
 *     the patient chooses, and nothing is lost. Either way the page opens on the comparison,
 *     headed as one shared with you, with a way to start your own.
 *  4. The questions show one at a time (a phone screen each): numbered buttons, "Previous" and
 *     "Next" move between them and take focus to the question, so a screen reader reads it.
 *     Every change updates the state, saves it (when allowed) and redraws the results in the
 *     same task, so they are on screen by the next frame. The polite live region reads the
 *     summary for the doctor being recorded.
 *  5. Every message about saving is worded from what the store reports: a failed write shows the
 *     "not saved" banner with a download, and a link or file waiting for a choice stays waiting.
 *  6. Another tab: a write here only replaces the text this page last read or wrote. When another
 *     tab saves, this page shows its answers at once if nothing here is unsaved; otherwise it says
 *     so and lets the patient choose. Nothing is overwritten without that choice.
 * Names the patient types are only ever set as text (textContent / text nodes), never as HTML,
 * lose their direction-changing characters (cleanName), and are shown inside <bdi>.
 */
import { COMPACT_LINK, MAX_TEXT_LENGTH, STORAGE_KEY, readFragment, readText, readValue, scorerCodec, writeText, type ReadResult } from '../../lib/scorer/codec';
// A URL, not `import('…/link')`: see src/plugins/patient-search/build/lazy-module.ts, which
// registers the `lazy-module:` import. Compact links (link.ts) are about 1 KB gzip that most
// visits never use, so link.ts loads when a link is opened or made. It imports nothing at run
// time, so loading it apart does not split the code it would share with this script into more files.
import linkCode from 'lazy-module:../../lib/scorer/link.ts';
import type { LinkTable } from '../../lib/scorer/link-table';
import type { ReadError } from '../../lib/scorer/migrate';
import { CATEGORIES, DEFAULT_WEIGHT, MAX_PROVIDERS, NOT_ASKED, TONE_MARK, UNCLEAR, cleanName, cleanNames, emptyState, isBlank, type CategoryId, type ScorerState, type Tone, type Weight } from '../../lib/scorer/model';
import { localStore, type SaveResult, type StoreFailure } from '../../lib/storage/local-store';
import { scoreProvider, type ProviderResult, type ScoreOption, type ScoreQuestion } from '../../lib/scorer/score';

interface PageOption extends ScoreOption {
  letter: string;
  says: string;
}
interface PageQuestion extends ScoreQuestion {
  el: HTMLFieldSetElement;
  short: string;
  why: string;
  options: PageOption[];
}

const REASONS: Record<ReadError, string> = {
  'not-json': 'It is cut off or damaged.',
  'not-scorer': 'It does not look like answers from this question scorer.',
  newer: 'It was saved by a newer version of this page.',
  'too-old': 'It was saved by an older version of this page that can no longer be read.',
  invalid: 'Some of it has been changed or damaged.',
};
/** Why a write failed, for the "not saved" banner and the notices. */
const WHY: Record<StoreFailure | 'changed', string> = {
  blocked: 'This browser does not let this page save anything.',
  full: 'The storage this browser keeps for this site is full.',
  changed: 'Your answers were changed in another tab or window.',
};
/** Symbol (hidden from screen readers) and words for each kind of answer. Never colour alone. */
const MARK: Record<Tone | typeof NOT_ASKED | typeof UNCLEAR | '', [string, string]> = {
  ...TONE_MARK,
  [NOT_ASKED]: ['–', "Didn't ask"],
  [UNCLEAR]: ['?', 'Not sure what they meant'],
  '': ['', 'No answer yet'],
};

/** When link.ts could not be fetched: offline, say, or a new version of the site replaced it. */
const NOT_LOADED = 'Part of this page did not load. Check your connection and try again.';
type LinkCode = typeof import('../../lib/scorer/link');
/** link.ts, once loaded. */
let links: LinkCode | undefined;
let linkLoad: Promise<LinkCode> | undefined;
/** Loads link.ts once; after a failure the next try fetches it again. */
const loadLink = () =>
  (linkLoad ??= (import(/* @vite-ignore */ linkCode) as Promise<LinkCode>).then(
    (code) => (links = code),
    (error: unknown) => {
      linkLoad = undefined;
      throw error;
    },
  ));

type Kid = Node | string | false | null | undefined;
/** createElement with attributes and children; strings become text nodes (never parsed as HTML). */
function h(tag: string, attrs?: Record<string, string> | null, ...kids: Kid[]): HTMLElement {
  const el = document.createElement(tag);
  for (const k in attrs) el.setAttribute(k, attrs[k]!);
  el.append(...(kids.filter((k) => k || k === '') as (Node | string)[]));
  return el;
}
const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
const hidden = (label: string) => h('span', { 'aria-hidden': 'true' }, label);
/** A name, isolated so that its direction never spills into the sentence around it. */
const bdi = (name: string) => h('bdi', null, name);
const NO_OVERALL = 'No overall number yet';
const num = (n: number | null, none = 'No answers yet') => (n === null ? none : `${Math.round(n)} out of 100`);
const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;
function bar(percent: number | null): HTMLElement {
  const fill = h('span');
  fill.style.width = `${percent ?? 0}%`;
  return h('span', { class: 'scorer-bar', 'aria-hidden': 'true' }, fill);
}

class Scorer extends HTMLElement {
  private qs: PageQuestion[] = [];
  private s: ScorerState = emptyState();
  /** The doctor whose answers the form shows. */
  private cur = 0;
  /** The question on screen (index into qs). */
  private pos = 0;
  /** True while the page shows answers that came in a link, until the patient changes or leaves them. */
  private shared = false;
  /** False while saved data is unreadable, or while a link or file waits for the patient's choice. */
  private save = true;
  /** Unreadable saved text, kept exactly as found so it can be downloaded. */
  private raw: string | null = null;
  /** The saved state while the patient looks at a link or file. */
  private kept: ScorerState | null = null;
  private labels = {} as Record<CategoryId, string>;
  private store = localStore(STORAGE_KEY, scorerCodec);
  /** The stored text this page last read or wrote (undefined: storage is blocked). */
  private last: string | null | undefined;
  /** Why the last write failed; null once a write succeeds. */
  private failed: StoreFailure | null = null;
  /** What another tab saved while this page had unsaved answers, waiting for the patient's choice. */
  private other: string | null | undefined;

  connectedCallback() {
    this.qs = [...this.querySelectorAll<HTMLFieldSetElement>('.scorer-q')].map((el) => ({
      // Focusable by script only: "Next" and the numbered buttons move focus to the question.
      el: Object.assign(el, { tabIndex: -1 }),
      id: el.dataset.q!,
      category: el.closest<HTMLElement>('[data-group]')!.dataset.group as CategoryId,
      short: el.dataset.s!,
      why: el.querySelector('.scorer-why-text')!.textContent!,
      options: [...el.querySelectorAll<HTMLInputElement>('input[data-t]')].map((i) => ({
        id: i.value,
        points: Number(i.dataset.p),
        tone: i.dataset.t as Tone,
        redFlag: i.hasAttribute('data-f'),
        letter: i.parentElement!.querySelector('.scorer-letter')!.textContent!.replace('.', ''),
        says: i.parentElement!.querySelector('.scorer-says')!.textContent!,
      })),
    }));
    for (const el of this.querySelectorAll<HTMLElement>('[data-cl]')) this.labels[el.dataset.cl as CategoryId] = el.textContent!.trim();
    // "Why this matters" is open in the page's HTML for readers without JavaScript; here it is one tap away.
    for (const el of this.querySelectorAll<HTMLDetailsElement>('.scorer-q details')) el.open = false;

    const r = this.store.load();
    if (r.ok || r.error === 'corrupt') this.take(r.text);
    else this.fail('blocked');
    this.store.watch((text) => this.onStorage(text));

    this.addEventListener('change', (e) => this.onChange(e.target as HTMLInputElement));
    this.addEventListener('input', (e) => {
      const t = e.target as HTMLInputElement;
      // Typing a name redraws quietly: the live region speaks when results change, not per key.
      if (t.dataset.name) {
        this.shared = false;
        this.edit(() => (this.s.providers[Number(t.dataset.name)]!.name = cleanName(t.value)), true);
      }
    });
    this.addEventListener('click', (e) => {
      const b = (e.target as Element).closest<HTMLElement>('[data-act]');
      if (!b) return;
      if (b.tagName === 'A') e.preventDefault();
      this.act(b.dataset.act!, Number(b.dataset.i ?? b.dataset.step));
    });
    addEventListener('hashchange', () => void this.openLink());
    // Sharing and copying must happen within a tap's few seconds of permission, so link.ts starts
    // loading as the patient nears the buttons.
    for (const type of ['pointerenter', 'focusin']) this.querySelector('.scorer-tools')!.addEventListener(type, loadLink, { once: true });
    // Weights the patient changed stay in view; untouched ones wait behind "Change how much each group counts".
    this.querySelector<HTMLDetailsElement>('[data-weights]')!.open = CATEGORIES.some((c) => this.s.weights[c] !== DEFAULT_WEIGHT);
    // Start where the patient left off: the first question the doctor has no answer for.
    const answers = this.s.providers[this.cur]!.answers;
    this.pos = Math.max(0, this.qs.findIndex((q) => !(has(answers, q.id))));
    this.render();
    this.setAttribute('data-ready', '');
    void this.openLink();
  }

  /* ---------- State changes ---------- */

  private edit(change: () => void, quiet = false) {
    change();
    this.persist();
    this.render(quiet);
  }

  /** Saves the state when allowed. Null when saving is paused (unreadable data or a choice pending). */
  private persist(): SaveResult | null {
    if (!this.save) return null;
    const r = this.store.save(this.s, this.last);
    if (r.ok) {
      this.last = r.text;
      this.fail(null);
    } else if (r.error === 'changed') this.changed(r.text!);
    else this.fail(r.error);
    return r;
  }

  /** Shows what is stored (text null: nothing). Unreadable text is kept as it is and pauses saving. */
  private take(text: string | null) {
    this.last = text;
    this.raw = null;
    this.save = true;
    this.s = emptyState();
    if (text !== null) {
      const r = readText(text);
      if (r.ok) this.s = cleanNames(r.state);
      else {
        this.raw = text;
        this.save = false;
        this.querySelector('[data-banner=corrupt] [data-slot=reason]')!.textContent = REASONS[r.error];
      }
    }
    this.banner('corrupt', this.raw !== null);
    this.cur = Math.min(this.cur, this.s.providers.length - 1);
  }

  /** The "not saved" banner: shown with its reason while writes fail, hidden once one succeeds. */
  private fail(why: StoreFailure | null) {
    this.failed = why;
    if (why) this.querySelector('[data-banner=unsaved] [data-slot=why]')!.textContent = WHY[why];
    this.banner('unsaved', !!why);
  }

  /** Another tab saved `text` and this page holds answers that are not saved: pause, and let the patient choose. */
  private changed(text: string | null) {
    this.other = text;
    this.save = false;
    this.banner('pending', false);
    this.kept = null;
    this.banner('elsewhere', true);
  }

  /** Another tab or window changed the saved answers. */
  private onStorage(text: string | null) {
    if (text === this.last || this.raw !== null) return;
    if (this.save && !this.failed) {
      // Everything on this page is saved, so nothing is lost by showing the newer answers.
      this.take(text);
      this.note(this.raw === null ? 'Your answers were changed in another tab or window. This page now shows them.' : 'The answers were changed in another tab or window and cannot be read here.');
      this.render();
    } else if (!this.kept) this.changed(text);
    // While a link or file waits for a choice, either choice finds the change (save refuses with 'changed').
  }

  private onChange(t: HTMLInputElement) {
    const q = t.closest<HTMLElement>('.scorer-q');
    if (t.dataset.names !== undefined) return this.render(true);
    // Changing an answer or a weight makes these answers the patient's own.
    if (q || t.dataset.w) this.shared = false;
    if (t.name === 'scorer-who') {
      this.cur = Number(t.value);
      this.render();
    } else if (q) this.edit(() => (this.s.providers[this.cur]!.answers[q.dataset.q!] = t.value));
    else if (t.dataset.w) this.edit(() => (this.s.weights[t.dataset.w as CategoryId] = Number(t.value) as Weight));
    else if (t.dataset.file !== undefined && t.files?.[0]) {
      const f = t.files[0];
      // A file bigger than any real answers file is refused before it is read.
      void (f.size > MAX_TEXT_LENGTH * 4 ? Promise.resolve('') : f.text()).then((text) => {
        const r = readText(text);
        if (r.ok) this.offer(r.state, 'file');
        else this.note(`That file could not be opened. ${REASONS[r.error]} Nothing has been changed.`);
      });
      t.value = '';
    }
  }

  /** A state from a link or a file: use it at once if nothing would be lost, else let the patient choose. */
  private offer(next: ScorerState, from: string) {
    this.cur = 0;
    this.pos = 0;
    this.shared = from === 'link';
    next = cleanNames(next);
    if (this.save && isBlank(this.s)) {
      this.s = next;
      const r = this.persist()!;
      this.note(r.ok ? `Answers loaded from the ${from} and saved on this device.` : `Showing the answers from the ${from}. They are not saved. ${WHY[r.error]}`);
      this.querySelector('[data-shared] [data-slot=shared]')!.textContent = r.ok
        ? 'Someone sent you these answers in a link. They are saved on this device now, so you can come back to them.'
        : `Someone sent you these answers in a link. They are not saved on this device. ${WHY[r.error]}`;
    } else {
      if (this.raw === null) {
        this.kept ??= this.s;
        this.save = false;
        this.querySelector('[data-banner=pending] [data-slot=from]')!.textContent = from;
        this.banner('pending', true);
      }
      this.s = next;
      this.note(`Showing the answers from the ${from}. They are not saved yet.${this.failed ? ' ' + WHY[this.failed] : ''}`);
    }
    this.render();
  }

  /** Opens a share link in the address, if there is one, and brings the comparison or the message into view. */
  private async openLink() {
    const hash = location.hash;
    let r: ReadResult | null = readFragment(hash);
    if (!r && COMPACT_LINK.test(hash)) {
      try {
        const code = await loadLink();
        r = code.readLink(hash, { [code.LINK_VERSION]: this.table() });
      } catch {
        // The link stays in the address, so reloading the page tries again.
        this.note(`This link could not be opened. ${NOT_LOADED} Your saved answers have not been changed.`);
        return this.land('notice');
      }
      // Checked like any answers that enter the page.
      if (r?.ok) r = readValue(r.state);
    }
    if (!r) return;
    // The answers leave the address bar at once; history keeps only the page address.
    history.replaceState(null, '', location.pathname + location.search);
    if (r.ok) this.offer(r.state, 'link');
    else this.note(`This link could not be opened. ${REASONS[r.error]} Your saved answers have not been changed.`);
    this.land(r.ok ? 'results' : 'notice');
  }

  /** Brings the comparison (focused, so a screen reader reads its heading) or a message into view. */
  private land(where: 'results' | 'notice' | null) {
    if (where === 'results') {
      const heading = this.querySelector<HTMLElement>('[data-results-heading]')!;
      heading.focus({ preventScroll: true });
      heading.scrollIntoView({ block: 'start' });
    } else if (where === 'notice') this.querySelector('[data-notice]')!.scrollIntoView({ block: 'center' });
  }

  /** Shows question `i` and takes focus to it. */
  private show(i: number) {
    this.pos = Math.max(0, Math.min(this.qs.length - 1, i));
    this.render(true);
    const el = this.qs[this.pos]!.el;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'start' });
  }

  /** The current link version's table, as the page shows the questions (see link-table.ts). */
  private table(): LinkTable {
    return this.qs.map((q) => [q.id, q.options.map((o) => o.id)]);
  }

  /** The share link for the answers as they are now, with or without the names. Needs link.ts loaded. */
  private link(): string {
    const names = this.querySelector<HTMLInputElement>('[data-names]')!.checked;
    return location.origin + location.pathname + links!.writeLink(this.s, this.table(), { names });
  }

  /** Shows the link ("share"), or sends it through the phone's share sheet ("send"), or copies it ("copy"). */
  private share(act: string) {
    if (act === 'share') return void this.showLink();
    const url = this.link();
    const copy = () =>
      // No clipboard access (older browsers, some settings): the link is shown selected, ready to copy by hand.
      (navigator.clipboard ? navigator.clipboard.writeText(url) : Promise.reject()).then(
        () => this.shareStatus('Link copied. Paste it into a text message or an email.'),
        () => {
          this.showLink();
          this.shareStatus('Select the link and copy it yourself.');
        },
      );
    // The phone's own share sheet (Web Share API) when there is one; the clipboard otherwise.
    if (act === 'send' && navigator.share && navigator.canShare?.({ url }) !== false) {
      navigator.share({ title: 'Comparison of doctors’ answers about kyphoplasty', url }).then(
        () => this.shareStatus('The link went to the app you chose.'),
        (e: Error) => (e.name === 'AbortError' ? this.shareStatus('Not sent.') : copy()),
      );
    } else void copy();
  }

  private shareStatus(text: string) {
    this.querySelector('[data-share-status]')!.textContent = text;
  }

  /** Shows the link box with the link selected, for copying by hand. */
  private showLink(): HTMLInputElement {
    const box = this.querySelector<HTMLElement>('[data-share]')!;
    box.hidden = false;
    this.render(true);
    const input = box.querySelector<HTMLInputElement>('[data-link]')!;
    input.focus();
    input.select();
    return input;
  }

  private act(act: string, i: number): void {
    const s = this.s;
    const name = (n: number) => s.providers[n]!.name.trim() || `Doctor ${n + 1}`;
    const download = (text: string, file: string) => {
      const a = h('a', { href: URL.createObjectURL(new Blob([text], { type: 'application/json' })), download: file }) as HTMLAnchorElement;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1e4);
    };
    switch (act) {
      case 'add':
        if (s.providers.length < MAX_PROVIDERS) {
          this.edit(() => s.providers.push({ name: '', answers: {} }));
          this.querySelector<HTMLInputElement>(`[data-name="${s.providers.length - 1}"]`)!.focus();
        }
        break;
      case 'remove':
        if (s.providers.length > 1 && confirm(`Remove ${name(i)} and their answers?`)) {
          this.edit(() => {
            s.providers.splice(i, 1);
            // Keep recording the same doctor: later doctors move up one place.
            if (this.cur > i) this.cur--;
            this.cur = Math.min(this.cur, s.providers.length - 1);
          });
          this.querySelector<HTMLElement>('[data-act=add]')!.focus();
        }
        break;
      case 'go':
        this.show(i);
        break;
      case 'prev':
      case 'next':
        this.show(this.pos + (act === 'next' ? 1 : -1));
        break;
      case 'to-results':
        this.land('results');
        break;
      case 'own':
        if (this.kept) return this.act('discard', 0);
        if (confirm('Clear these shared answers from this device and start your own? The link you were sent still opens them.')) {
          this.cur = 0;
          this.pos = 0;
          this.shared = false;
          this.edit(() => (this.s = emptyState()));
          this.note('Started a new comparison. The link you were sent still opens the shared answers.');
          this.querySelector<HTMLInputElement>('#scorer-name-0')!.focus();
        }
        break;
      case 'clear':
        if (confirm('Delete all names and answers on this page? This cannot be undone.')) {
          this.cur = 0;
          this.pos = 0;
          this.shared = false;
          this.edit(() => (this.s = emptyState()));
          this.note('All answers cleared.');
        }
        break;
      case 'save-file':
      case 'download':
        download(writeText(s, true), `kyphoplasty-questions-${new Date().toISOString().slice(0, 10)}.json`);
        break;
      case 'download-raw':
        download(this.raw ?? '', 'kyphoplasty-questions-unreadable.json');
        break;
      case 'start-fresh': {
        const r = this.store.remove();
        this.raw = null;
        this.save = true;
        this.banner('corrupt', false);
        this.last = r.ok ? null : undefined;
        this.edit(() => {});
        this.note(r.ok && !this.failed ? 'Saving again. The unreadable data was deleted.' : `The unreadable data could not be deleted. ${WHY.blocked}`);
        break;
      }
      case 'adopt':
      case 'discard': {
        const back = act === 'discard';
        if (back) {
          this.s = this.kept!;
          this.shared = false;
        }
        this.save = true;
        const r = this.persist()!;
        this.cur = 0;
        if (r.ok || back) {
          this.kept = null;
          this.banner('pending', false);
          this.note(back ? `Back to your saved answers.${r.ok ? '' : ' ' + WHY[r.error]}` : 'Saved. These answers replaced the ones you had.');
        } else if (r.error !== 'changed') {
          // Nothing was written: the answers stay on show and waiting, and can be downloaded.
          this.save = false;
          this.note(`These answers could not be saved. ${WHY[r.error]} Your own saved answers are unchanged. Download a file to keep these.`);
        }
        this.render();
        break;
      }
      case 'retry':
        this.edit(() => {});
        this.note(this.failed ? `Still not saved. ${WHY[this.failed]}` : 'Saved.');
        break;
      case 'theirs':
      case 'mine': {
        const text = this.other!;
        this.shared = false;
        this.other = undefined;
        this.banner('elsewhere', false);
        if (act === 'theirs') {
          this.take(text);
          this.fail(null);
          this.note('Showing the answers saved in the other tab or window.');
        } else {
          this.save = true;
          this.last = text;
          const r = this.persist()!;
          this.note(r.ok ? 'Saved. The answers on this page replaced the ones from the other tab or window.' : `Not saved. ${WHY[r.error]}`);
        }
        this.render();
        break;
      }
      case 'open':
        this.querySelector<HTMLInputElement>('[data-file]')!.click();
        break;
      case 'share':
      case 'send':
      case 'copy':
        void loadLink().then(() => this.share(act), () => this.shareStatus(`The link could not be made. ${NOT_LOADED}`));
        break;
      case 'print-blank':
        // The print style follows data-print; put it back once the print dialog closes.
        this.dataset.print = 'blank';
        addEventListener('afterprint', () => this.render(), { once: true });
        print();
        break;
      case 'print':
        print();
    }
  }

  private banner(which: string, show: boolean) {
    this.querySelector<HTMLElement>(`[data-banner=${which}]`)!.hidden = !show;
  }

  private note(text: string) {
    this.querySelector('[data-notice]')!.textContent = text;
  }

  /* ---------- Drawing ---------- */

  private render(quiet = false) {
    const { s, qs } = this;
    const names = s.providers.map((p, i) => p.name.trim() || `Doctor ${i + 1}`);
    const results = s.providers.map((p) => scoreProvider(qs, p.answers, s.weights));
    const answers = s.providers[this.cur]!.answers;

    // The form: rows for each doctor, names, weights and the current doctor's answers.
    for (const row of this.querySelectorAll<HTMLElement>('[data-row]')) row.hidden = Number(row.dataset.row) >= s.providers.length;
    for (const el of this.querySelectorAll<HTMLElement>('[data-who]')) el.replaceChildren(bdi(names[Number(el.dataset.who)] ?? ''));
    for (const el of this.querySelectorAll<HTMLInputElement>('[data-name]')) {
      const v = s.providers[Number(el.dataset.name)]?.name ?? '';
      if (el.value !== v) el.value = v;
    }
    for (const el of this.querySelectorAll<HTMLInputElement>('[name=scorer-who]')) el.checked = Number(el.value) === this.cur;
    for (const el of this.querySelectorAll<HTMLSelectElement>('[data-w]')) el.value = String(s.weights[el.dataset.w as CategoryId]);
    for (const q of qs) for (const el of q.el.querySelectorAll('input')) el.checked = answers[q.id] === el.value;
    (this.querySelector('[data-act=add]') as HTMLButtonElement).hidden = s.providers.length >= MAX_PROVIDERS;
    // An open share link always carries the answers as they are now.
    const box = this.querySelector<HTMLElement>('[data-share]')!;
    if (!box.hidden) box.querySelector<HTMLInputElement>('[data-link]')!.value = this.link();

    // One question on screen, its group's heading above it, and where it is in the list.
    const here = qs[this.pos]!;
    for (const q of qs) q.el.toggleAttribute('data-off', q !== here);
    for (const g of this.querySelectorAll<HTMLElement>('[data-group]')) g.toggleAttribute('data-off', g.dataset.group !== here.category);
    const recorded = qs.filter((q) => has(answers, q.id)).length;
    for (const b of this.querySelectorAll<HTMLButtonElement>('[data-step]')) {
      const n = Number(b.dataset.step);
      const done = has(answers, qs[n]!.id);
      b.toggleAttribute('data-done', done);
      b.setAttribute('aria-label', `Question ${n + 1}${done ? ', answered' : ''}`);
      if (n === this.pos) b.setAttribute('aria-current', 'step');
      else b.removeAttribute('aria-current');
    }
    const where = `Question ${this.pos + 1} of ${qs.length}`;
    this.querySelector('[data-progress]')!.replaceChildren(where, ' · ', bdi(names[this.cur]!), `: ${recorded} answered`);
    this.querySelector('[data-progress-short]')!.textContent = where;
    (this.querySelector('[data-act=prev]') as HTMLButtonElement).disabled = this.pos === 0;
    (this.querySelector('[data-act=next]') as HTMLButtonElement).disabled = this.pos === qs.length - 1;

    // A comparison from a link says so, with the way back to the patient's own.
    this.querySelector('[data-results-heading]')!.textContent = this.shared ? 'A comparison shared with you' : 'Your comparison';
    (this.querySelector('[data-shared]') as HTMLElement).hidden = !this.shared || !!this.kept;
    for (const b of this.querySelectorAll<HTMLButtonElement>('[data-act=remove]')) b.hidden = s.providers.length < 2;
    // "Whose answers are you recording?" once there is more than one doctor to choose from.
    this.querySelector<HTMLElement>('.scorer-who')!.hidden = s.providers.length < 2;

    const r = results[this.cur]!;
    if (!quiet) {
      this.querySelector('[data-live]')!.replaceChildren(
        bdi(names[this.cur]!),
        `: answered ${r.answered} of ${r.total}. ${r.overall === null ? NO_OVERALL : `Overall ${num(r.overall)}`}. ${plural(r.redFlags.length, 'red flag')}.`,
      );
    }
    const anyAnswer = s.providers.some((p) => Object.keys(p.answers).length > 0);
    this.dataset.print = anyAnswer ? 'summary' : 'blank';

    (this.querySelector('[data-meaning]') as HTMLElement).hidden = !anyAnswer;
    (this.querySelector('[data-empty]') as HTMLElement).hidden = anyAnswer;
    this.querySelector('[data-out]')!.replaceChildren(...(anyAnswer ? this.drawResults(names, results) : []));
  }

  private drawResults(names: string[], results: ProviderResult[]): Node[] {
    const { s, qs, labels } = this;
    const weightName = (c: CategoryId) => this.querySelector<HTMLSelectElement>(`[data-w="${c}"]`)!.selectedOptions[0]!.text;
    const head = (first: string) => h('thead', null, h('tr', null, h('th', { scope: 'col' }, first), ...names.map((n) => h('th', { scope: 'col' }, bdi(n)))));
    const table = (caption: string, first: string, rows: HTMLElement[]) =>
      h('div', { class: 'scorer-table', role: 'region', 'aria-label': caption, tabindex: '0' }, h('table', null, h('caption', null, caption), head(first), h('tbody', null, ...rows)));
    const row = (th: Kid[], cells: Kid[][]) => h('tr', null, h('th', { scope: 'row' }, ...th), ...cells.map((c) => h('td', null, ...c)));
    const mark = (q: PageQuestion, answer: string | undefined) => {
      const o = q.options.find((x) => x.id === answer);
      const [sym, words] = MARK[o ? o.tone : answer === NOT_ASKED || answer === UNCLEAR ? answer : ''];
      return [sym && hidden(sym + ' '), words, o && ` (${o.letter})`, o?.redFlag && h('strong', null, ' · red flag')];
    };
    const catCell = (r: ProviderResult, c: CategoryId) => {
      const cr = r.categories.find((x) => x.category === c)!;
      return [bar(cr.percent), num(cr.percent), h('small', null, `answered ${cr.answered} of ${cr.total}`)];
    };
    const groupTh = (c: CategoryId) => [labels[c], h('small', null, `counts: ${weightName(c)}`)];

    const compare = table('Side by side', 'Group', [
      row(['Overall', h('small', null, 'with your weights')], results.map((r) => [h('strong', null, num(r.overall, NO_OVERALL)), h('small', null, `answered ${r.answered} of ${r.total}`)])),
      ...CATEGORIES.map((c) => row(groupTh(c), results.map((r) => catCell(r, c)))),
      row(["Didn't ask or not sure"], results.map((r) => [String(r.notAsked + r.unclear)])),
      row(['Red flags'], results.map((r) => [String(r.redFlags.length)])),
    ]);

    const flagItems = results.flatMap((r, i) =>
      r.redFlags.map((f) => {
        const q = qs.find((x) => x.id === f.questionId)!;
        const o = q.options.find((x) => x.id === f.optionId)!;
        return h('li', null, h('strong', null, bdi(names[i]!)), ` — ${q.short} They said: “${o.says}” Why this matters: ${q.why}`);
      }),
    );
    const flags = [
      h('h3', null, 'Red flags'),
      h('p', null, 'Answers marked as red flags are listed here whatever the numbers say. Ask about them before you decide.'),
      flagItems.length ? h('ul', { class: 'scorer-flags' }, ...flagItems) : h('p', null, 'No red flags recorded.'),
    ];

    // Every doctor shares the weights, so the first one's effects say whether any weight changed.
    const effects = results[0]!.effects.length
      ? [
          h('h3', null, 'How your choices changed the overall number'),
          h(
            'ul',
            null,
            ...results.map((r, i) =>
              h(
                'li',
                null,
                h('strong', null, bdi(names[i]!)),
                `: ${num(r.overall, NO_OVERALL)} with your choices; ${num(r.overallAtDefaults, NO_OVERALL)} with every group at Normal.`,
                ...r.effects.map((e) => {
                  const n = e.change === null ? 0 : Math.round(e.change);
                  const c = n ? `${n > 0 ? '+' : '−'}${Math.abs(n)} points` : 'no change';
                  return ` ${labels[e.category]} (${weightName(e.category)}): ${c}.`;
                }),
              ),
            ),
          ),
        ]
      : [];

    const byAnswer = table(
      'Answer by answer',
      'Question, and why it matters',
      qs.map((q, n) => row([`${n + 1}. ${q.short}`, h('small', null, q.why)], s.providers.map((p) => mark(q, p.answers[q.id])))),
    );

    // One printed page per doctor (print only; the same facts are in the tables above on screen).
    const docs = results.map((r, i) =>
      h(
        'section',
        { class: 'scorer-doc' },
        h('h3', null, 'Summary for ', bdi(names[i]!)),
        h('p', null, h('strong', null, `Overall: ${num(r.overall, NO_OVERALL)}`), ` · answered ${r.answered} of ${r.total} · ${r.notAsked} not asked · ${r.unclear} not sure`),
        h('ul', null, ...CATEGORIES.map((c) => {
          const [percentBar, percent] = catCell(r, c);
          return h('li', null, `${labels[c]} (counts: ${weightName(c)}): `, percent!, percentBar!);
        })),
        h('p', null, h('strong', null, 'Red flags: '), r.redFlags.length ? r.redFlags.map((f) => qs.find((q) => q.id === f.questionId)!.short).join(' ') : 'none recorded.'),
        h('table', null, h('tbody', null, ...qs.map((q, n) => row([`${n + 1}. ${q.short}`], [mark(q, s.providers[i]!.answers[q.id])])))),
        h('p', null, 'This summary shows how complete and reassuring the answers were. It does not predict results and does not rate the doctor.'),
      ),
    );
    return [...docs, compare, ...flags, ...effects, byAnswer];
  }
}

customElements.define('kg-scorer', Scorer);
