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
 * Words: every message comes from the page's language (script-words-*.ts, handed to defineScorer by
 * the page's script; rare-words-*.ts join them with rare.ts, the code for rarer paths, which loads
 * when a banner shows, as the patient nears the tools, or for a link or a file).
 * Names the patient types are only ever set as text (textContent / text nodes), never as HTML,
 * lose their direction-changing characters (cleanName), and are shown inside <bdi>.
 */
import { COMPACT_LINK, MAX_TEXT_LENGTH, STORAGE_KEY, readFragment, readText, readValue, scorerCodec, writeText, type ReadResult } from '../../lib/scorer/codec';
// A URL, not `import('…/link')`: see src/plugins/patient-search/build/lazy-module.ts, which
// registers the `lazy-module:` import. Compact links (link.ts) are about 1 KB gzip that most
// visits never use, so link.ts loads when a link is opened or made. It imports nothing at run
// time, so loading it apart does not split the code it would share with this script into more files.
import linkCode from 'lazy-module:../../lib/scorer/link.ts';
// The code for rarer paths (rare.ts): answers from a link or a file, sharing, downloads and the
// banners' choices. Loaded, with its messages, when one of them is about to be needed.
import rareCode from 'lazy-module:./rare.ts';
import type { RareWords } from './rare-words-en';
import type { LinkTable } from '../../lib/scorer/link-table';
import { fill, fillParts, plural } from './fill';
import type { FirstWords } from './script-words-en';
import type { PluralForms, ScriptWords } from './words';
import { CATEGORIES, DEFAULT_WEIGHT, MAX_PROVIDERS, NOT_ASKED, TONE_SYMBOL, UNCLEAR, cleanName, cleanNames, emptyState, isBlank, type CategoryId, type ScorerState, type Tone, type Weight } from '../../lib/scorer/model';
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

/** The page's messages, in its language (script-words-en.ts or script-words-es.ts), set by the page's entry script. */
let W: ScriptWords;
/** The page's language, for numbers and plurals (Starlight always sets it). */
const lang = document.documentElement.lang;
const say = (message: string, values: Record<string, string | number>) => fill(message, values, lang);
const count = (forms: PluralForms, n: number) => plural(forms, n, lang);
/** Symbol (hidden from screen readers) and words for each kind of answer. Never colour alone. */
const markOf = (key: Tone | typeof NOT_ASKED | typeof UNCLEAR | ''): [string, string] =>
  key === NOT_ASKED ? ['–', W.didNotAsk] : key === UNCLEAR ? ['?', W.notSure] : key ? [TONE_SYMBOL[key], W.tones[key]] : ['', W.noAnswer];
export type LinkCode = typeof import('../../lib/scorer/link');
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

type RareCode = typeof import('./rare');
/** rare.ts, with the page's rare-words-*.ts merged into W, once loaded; after a failure the next try fetches them again. */
let rareLoad: Promise<RareCode> | undefined;
/** rare.ts, once loaded. */
let rare: RareCode | undefined;
/** The URL of the page's rare-words-*.ts (from the entry script). */
let rareWords: string;
const loadRare = () =>
  (rareLoad ??= Promise.all([import(/* @vite-ignore */ rareCode) as Promise<RareCode>, import(/* @vite-ignore */ rareWords) as Promise<{ default: RareWords }>]).then(
    ([code, words]) => (Object.assign(W, words.default), (rare = code)),
    (error: unknown) => {
      rareLoad = undefined;
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
const num = (n: number | null, none = W.noAnswers) => (n === null ? none : say(W.score, { n: Math.round(n) }));
function bar(percent: number | null): HTMLElement {
  const fill = h('span');
  fill.style.width = `${percent ?? 0}%`;
  return h('span', { class: 'scorer-bar', 'aria-hidden': 'true' }, fill);
}

/** Its members are not `private`: rare.ts works on the element too. */
export class Scorer extends HTMLElement {
  qs: PageQuestion[] = [];
  s: ScorerState = emptyState();
  /** The doctor whose answers the form shows. */
  cur = 0;
  /** The question on screen (index into qs). */
  pos = 0;
  /** True while the page shows answers that came in a link, until the patient changes or leaves them. */
  shared = false;
  /** False while saved data is unreadable, or while a link or file waits for the patient's choice. */
  save = true;
  /** Unreadable saved text, kept exactly as found so it can be downloaded. */
  raw: string | null = null;
  /** The saved state while the patient looks at a link or file. */
  kept: ScorerState | null = null;
  labels = {} as Record<CategoryId, string>;
  store = localStore(STORAGE_KEY, scorerCodec);
  /** The stored text this page last read or wrote (undefined: storage is blocked). */
  last: string | null | undefined;
  /** Why the last write failed; null once a write succeeds. */
  failed: StoreFailure | null = null;
  /** What another tab saved while this page had unsaved answers, waiting for the patient's choice. */
  other: string | null | undefined;

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
    for (const type of ['pointerenter', 'focusin']) this.querySelector('.scorer-tools')!.addEventListener(type, () => Promise.all([loadLink(), loadRare()]).catch(() => {}), { once: true });
    // Weights the patient changed stay in view; untouched ones wait behind "Change how much each group counts".
    this.querySelector<HTMLDetailsElement>('[data-weights]')!.open = CATEGORIES.some((c) => this.s.weights[c] !== DEFAULT_WEIGHT);
    // Start where the patient left off: the first question the doctor has no answer for.
    const answers = this.s.providers[this.cur]!.answers;
    this.pos = Math.max(0, this.qs.findIndex((q) => !(has(answers, q.id))));
    this.render();
    // Unreadable saved data, or a link: ready once their words (rare.ts) are in, or have failed to load.
    const ready = () => {
      this.setAttribute('data-ready', '');
      void this.openLink();
    };
    if (this.raw === null && !location.hash) ready();
    else void loadRare().then(ready, ready);
  }

  /* ---------- State changes ---------- */

  edit(change: () => void, quiet = false) {
    change();
    this.persist();
    this.render(quiet);
  }

  /** Saves the state when allowed. Null when saving is paused (unreadable data or a choice pending). */
  persist(): SaveResult | null {
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
  take(text: string | null) {
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
      }
    }
    this.banner('corrupt', this.raw !== null);
    this.cur = Math.min(this.cur, this.s.providers.length - 1);
  }

  /** The "not saved" banner: shown with its reason while writes fail, hidden once one succeeds. */
  fail(why: StoreFailure | null) {
    this.failed = why;
    if (why) this.querySelector('[data-banner=unsaved] [data-slot=why]')!.textContent = W.whyNotSaved[why];
    this.banner('unsaved', !!why);
  }

  /** Another tab saved `text` and this page holds answers that are not saved: pause, and let the patient choose. */
  changed(text: string | null) {
    this.other = text;
    this.save = false;
    this.banner('pending', false);
    this.kept = null;
    this.banner('elsewhere', true);
  }

  /** Another tab or window changed the saved answers. At once: this page's next write must know (last). */
  onStorage(text: string | null) {
    if (text === this.last || this.raw !== null) return;
    if (this.save && !this.failed) {
      // Everything on this page is saved, so nothing is lost by showing the newer answers.
      this.take(text);
      this.later(() => this.note(this.raw === null ? W.changedElsewhere : W.changedUnreadable));
      this.render();
    } else if (!this.kept) this.changed(text);
    // While a link or file waits for a choice, either choice finds the change (save refuses with 'changed').
  }

  onChange(t: HTMLInputElement) {
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
      t.value = '';
      this.later((R) => R.openFile(this, K, f));
    }
  }

  /** Opens a share link in the address, if there is one, and brings the comparison or the message into view. */
  async openLink() {
    const hash = location.hash;
    let r: ReadResult | null = readFragment(hash);
    if (!r && COMPACT_LINK.test(hash)) {
      try {
        const [code] = await Promise.all([loadLink(), loadRare()]);
        r = code.readLink(hash, { [code.LINK_VERSION]: this.table() });
      } catch {
        // The link stays in the address, so reloading the page tries again.
        this.note(say(W.linkNotOpened, { reason: W.notLoaded }));
        return this.land('notice');
      }
      // Checked like any answers that enter the page.
      if (r?.ok) r = readValue(r.state);
    }
    if (!r) return;
    const result = r;
    // Answers and messages about them come with rare.ts (loaded with link.ts for a compact link).
    this.later((R) => {
      // The answers leave the address bar as they show; history keeps only the page address.
      history.replaceState(null, '', location.pathname + location.search);
      if (result.ok) R.offer(this, K, result.state, 'link');
      else this.note(say(W.linkNotOpened, { reason: W.reasons[result.error] }));
      this.land(result.ok ? 'results' : 'notice');
    });
  }

  /** Brings the comparison (focused, so a screen reader reads its heading) or a message into view. */
  land(where: 'results' | 'notice' | null) {
    if (where === 'results') {
      const heading = this.querySelector<HTMLElement>('[data-results-heading]')!;
      heading.focus({ preventScroll: true });
      heading.scrollIntoView({ block: 'start' });
    } else if (where === 'notice') this.querySelector('[data-notice]')!.scrollIntoView({ block: 'center' });
  }

  /** Shows question `i` and takes focus to it. */
  show(i: number) {
    this.pos = Math.max(0, Math.min(this.qs.length - 1, i));
    this.render(true);
    const el = this.qs[this.pos]!.el;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'start' });
  }

  /** The current link version's table, as the page shows the questions (see link-table.ts). */
  table(): LinkTable {
    return this.qs.map((q) => [q.id, q.options.map((o) => o.id)]);
  }

  shareStatus(text: string) {
    this.querySelector('[data-share-status]')!.textContent = text;
  }


  act(act: string, i: number): void {
    const s = this.s;
    const name = (n: number) => s.providers[n]!.name.trim() || say(W.doctor, { n: n + 1 });
    switch (act) {
      case 'add':
        if (s.providers.length < MAX_PROVIDERS) {
          this.edit(() => s.providers.push({ name: '', answers: {} }));
          this.querySelector<HTMLInputElement>(`[data-name="${s.providers.length - 1}"]`)!.focus();
        }
        break;
      case 'remove':
        if (s.providers.length > 1 && confirm(say(W.confirmRemove, { name: name(i) }))) {
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
      case 'clear':
        if (confirm(W.confirmClear)) this.restart(W.cleared);
        break;
      case 'share':
      case 'send':
      case 'copy':
        void Promise.all([loadLink(), loadRare()]).then(([L, R]) => R.share(this, K, act, L), () => this.shareStatus(say(W.linkNotMade, { reason: W.notLoaded })));
        break;
      case 'print':
        print();
        break;
      default:
        // The rarer choices (downloads, the banners' buttons, leaving a shared comparison, a blank sheet): rare.ts.
        this.later((R) => R.act(this, K, act));
    }
  }

  /** Starts again with no names or answers, and says `note`. */
  restart(note: string) {
    this.cur = 0;
    this.pos = 0;
    this.shared = false;
    this.edit(() => (this.s = emptyState()));
    this.note(note);
  }

  banner(which: string, show: boolean) {
    this.querySelector<HTMLElement>(`[data-banner=${which}]`)!.hidden = !show;
    // A banner's buttons, and the words of all but "not saved", come with rare.ts: it loads as the banner shows.
    if (show) this.later((R) => R.fill(this, K, which));
  }

  /** Runs `then` with rare.ts once it has loaded; if it cannot load, says so. */
  later(then: (R: RareCode) => void) {
    void loadRare().then(then, () => this.note(W.notLoaded));
  }

  note(text: string) {
    this.querySelector('[data-notice]')!.textContent = text;
  }

  /* ---------- Drawing ---------- */

  render(quiet = false) {
    const { s, qs } = this;
    const names = s.providers.map((p, i) => p.name.trim() || say(W.doctor, { n: i + 1 }));
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
    if (!box.hidden) box.querySelector<HTMLInputElement>('[data-link]')!.value = rare!.link(this, links!);

    // One question on screen, its group's heading above it, and where it is in the list.
    const here = qs[this.pos]!;
    for (const q of qs) q.el.toggleAttribute('data-off', q !== here);
    for (const g of this.querySelectorAll<HTMLElement>('[data-group]')) g.toggleAttribute('data-off', g.dataset.group !== here.category);
    const recorded = qs.filter((q) => has(answers, q.id)).length;
    for (const b of this.querySelectorAll<HTMLButtonElement>('[data-step]')) {
      const n = Number(b.dataset.step);
      const done = has(answers, qs[n]!.id);
      b.toggleAttribute('data-done', done);
      b.setAttribute('aria-label', say(done ? W.stepDone : W.step, { n: n + 1 }));
      if (n === this.pos) b.setAttribute('aria-current', 'step');
      else b.removeAttribute('aria-current');
    }
    const where = say(W.where, { n: this.pos + 1, total: qs.length });
    this.querySelector('[data-progress]')!.replaceChildren(...fillParts(W.progress, { where, name: bdi(names[this.cur]!), answered: count(W.answered, recorded) }, lang));
    this.querySelector('[data-progress-short]')!.textContent = where;
    (this.querySelector('[data-act=prev]') as HTMLButtonElement).disabled = this.pos === 0;
    (this.querySelector('[data-act=next]') as HTMLButtonElement).disabled = this.pos === qs.length - 1;

    // A comparison from a link says so, with the way back to the patient's own.
    this.querySelector('[data-results-heading]')!.textContent = this.shared ? W.sharedComparison : W.yourComparison;
    (this.querySelector('[data-shared]') as HTMLElement).hidden = !this.shared || !!this.kept;
    for (const b of this.querySelectorAll<HTMLButtonElement>('[data-act=remove]')) b.hidden = s.providers.length < 2;
    // "Whose answers are you recording?" once there is more than one doctor to choose from.
    this.querySelector<HTMLElement>('.scorer-who')!.hidden = s.providers.length < 2;

    const r = results[this.cur]!;
    if (!quiet) {
      this.querySelector('[data-live]')!.replaceChildren(
        ...fillParts(
          W.live,
          {
            name: bdi(names[this.cur]!),
            answered: r.answered,
            total: r.total,
            overall: r.overall === null ? W.noOverall : say(W.overall, { score: num(r.overall) }),
            flags: count(W.redFlags, r.redFlags.length),
          },
          lang,
        ),
      );
    }
    const anyAnswer = s.providers.some((p) => Object.keys(p.answers).length > 0);
    this.dataset.print = anyAnswer ? 'summary' : 'blank';

    (this.querySelector('[data-meaning]') as HTMLElement).hidden = !anyAnswer;
    (this.querySelector('[data-empty]') as HTMLElement).hidden = anyAnswer;
    this.querySelector('[data-out]')!.replaceChildren(...(anyAnswer ? this.drawResults(names, results) : []));
  }

  drawResults(names: string[], results: ProviderResult[]): Node[] {
    const { s, qs, labels } = this;
    const weightName = (c: CategoryId) => this.querySelector<HTMLSelectElement>(`[data-w="${c}"]`)!.selectedOptions[0]!.text;
    const head = (first: string) => h('thead', null, h('tr', null, h('th', { scope: 'col' }, first), ...names.map((n) => h('th', { scope: 'col' }, bdi(n)))));
    const table = (caption: string, first: string, rows: HTMLElement[]) =>
      h('div', { class: 'scorer-table', role: 'region', 'aria-label': caption, tabindex: '0' }, h('table', null, h('caption', null, caption), head(first), h('tbody', null, ...rows)));
    const row = (th: Kid[], cells: Kid[][]) => h('tr', null, h('th', { scope: 'row' }, ...th), ...cells.map((c) => h('td', null, ...c)));
    const mark = (q: PageQuestion, answer: string | undefined) => {
      const o = q.options.find((x) => x.id === answer);
      const [sym, words] = markOf(o ? o.tone : answer === NOT_ASKED || answer === UNCLEAR ? answer : '');
      return [sym && hidden(sym + ' '), words, o && ` (${o.letter})`, o?.redFlag && h('strong', null, ' · ' + W.redFlag)];
    };
    const catCell = (r: ProviderResult, c: CategoryId) => {
      const cr = r.categories.find((x) => x.category === c)!;
      return [bar(cr.percent), num(cr.percent), h('small', null, say(W.answeredOf, { n: cr.answered, total: cr.total }))];
    };
    const groupTh = (c: CategoryId) => [labels[c], h('small', null, say(W.counts, { weight: weightName(c) }))];

    const compare = table(W.sideBySide, W.group, [
      row([W.overallRow, h('small', null, W.withYourWeights)], results.map((r) => [h('strong', null, num(r.overall, W.noOverall)), h('small', null, say(W.answeredOf, { n: r.answered, total: r.total }))])),
      ...CATEGORIES.map((c) => row(groupTh(c), results.map((r) => catCell(r, c)))),
      row([W.notAskedOrUnsure], results.map((r) => [String(r.notAsked + r.unclear)])),
      row([W.redFlagsHeading], results.map((r) => [String(r.redFlags.length)])),
    ]);

    const flagItems = results.flatMap((r, i) =>
      r.redFlags.map((f) => {
        const q = qs.find((x) => x.id === f.questionId)!;
        const o = q.options.find((x) => x.id === f.optionId)!;
        return h('li', null, h('strong', null, bdi(names[i]!)), say(W.redFlagItem, { short: q.short, says: o.says, why: q.why }));
      }),
    );
    const flags = [
      h('h3', null, W.redFlagsHeading),
      h('p', null, W.redFlagsIntro),
      flagItems.length ? h('ul', { class: 'scorer-flags' }, ...flagItems) : h('p', null, W.noRedFlags),
    ];

    // Every doctor shares the weights, so the first one's effects say whether any weight changed.
    const effects = results[0]!.effects.length
      ? [
          h('h3', null, W.effectsHeading),
          h(
            'ul',
            null,
            ...results.map((r, i) =>
              h(
                'li',
                null,
                ...fillParts(W.effect, { name: h('strong', null, bdi(names[i]!)), mine: num(r.overall, W.noOverall), normal: num(r.overallAtDefaults, W.noOverall) }, lang),
                ...r.effects.map((e) => {
                  const n = e.change === null ? 0 : Math.round(e.change);
                  const change = n ? (n > 0 ? '+' : '−') + count(W.points, Math.abs(n)) : W.noChange;
                  return say(W.effectOfGroup, { group: labels[e.category], weight: weightName(e.category), change });
                }),
              ),
            ),
          ),
        ]
      : [];

    const byAnswer = table(
      W.byAnswer,
      W.questionAndWhy,
      qs.map((q, n) => row([`${n + 1}. ${q.short}`, h('small', null, q.why)], s.providers.map((p) => mark(q, p.answers[q.id])))),
    );

    // One printed page per doctor (print only; the same facts are in the tables above on screen).
    const docs = results.map((r, i) =>
      h(
        'section',
        { class: 'scorer-doc' },
        h('h3', null, ...fillParts(W.summaryFor, { name: bdi(names[i]!) }, lang)),
        h('p', null, h('strong', null, say(W.summaryOverall, { score: num(r.overall, W.noOverall) })), say(W.summaryCounts, { answered: r.answered, total: r.total, notAsked: r.notAsked, unsure: r.unclear })),
        h('ul', null, ...CATEGORIES.map((c) => {
          const [percentBar, percent] = catCell(r, c);
          return h('li', null, say(W.groupCounts, { group: labels[c], weight: weightName(c) }), percent!, percentBar!);
        })),
        h('p', null, h('strong', null, W.summaryRedFlags), r.redFlags.length ? r.redFlags.map((f) => qs.find((q) => q.id === f.questionId)!.short).join(' ') : W.noneRecorded),
        h('table', null, h('tbody', null, ...qs.map((q, n) => row([`${n + 1}. ${q.short}`], [mark(q, s.providers[i]!.answers[q.id])])))),
        h('p', null, W.summaryNote),
      ),
    );
    return [...docs, compare, ...flags, ...effects, byAnswer];
  }
}

/** What rare.ts is handed: the messages and the helpers it shares with this script, so that it imports nothing at run time. */
export interface Kit {
  W: ScriptWords;
  say: typeof say;
  writeText: typeof writeText;
  readText: typeof readText;
  cleanNames: typeof cleanNames;
  isBlank: typeof isBlank;
  /** MAX_TEXT_LENGTH (codec.ts). */
  maxText: number;
}
let K: Kit;

/**
 * Starts the scorer with the page's messages (script-words-*.ts) and the URL of its messages for
 * rarer paths (rare-words-*.ts): called by the page's script (QuestionScorer.astro).
 */
export function defineScorer(words: FirstWords, rare: string) {
  // The rare words join these once rare.ts loads (loadRare).
  W = words as ScriptWords;
  rareWords = rare;
  K = { W, say, writeText, readText, cleanNames, isBlank, maxText: MAX_TEXT_LENGTH };
  customElements.define('kg-scorer', Scorer);
}
