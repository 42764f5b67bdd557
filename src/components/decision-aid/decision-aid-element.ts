/**
 * <kg-decision-aid>: upgrades the server-rendered worksheet (Worksheet.astro) so answers are kept
 * on this device and "My summary to bring" follows them. No framework: the leanings come from
 * src/lib/decision-aid/, where they are unit-tested; this file reads the form, keeps one state
 * object, saves it and draws the summary.
 *
 *  - Words: every word it shows comes from the page, in the page's language, in the element's
 *    data-words (written by DecisionAid.astro from words.ts) and read once. Only the type is
 *    imported here, so the script carries no words and a Spanish reader downloads no English.
 *
 *  - Saving goes through the shared src/lib/storage/local-store.ts, as the question scorer's does.
 *    The page says "saved" only after a write that read back; a failed write shows why.
 *  - Saved data that cannot be read is kept exactly as found: a message offers it for download,
 *    and nothing is written until the patient chooses to start again.
 *  - Another tab: a write only replaces the text this page last read or wrote. When another tab
 *    saves, this page shows those answers if everything here is saved; otherwise the patient chooses.
 *  - The summary is redrawn on every change; a short polite live region says what changed.
 * Typed questions are only ever set as text (textContent), never parsed as HTML.
 */
import { AID_STORAGE_KEY, aidCodec, readAidText } from '../../lib/decision-aid/codec';
import { leanings, sureResult } from '../../lib/decision-aid/leanings';
import { fillPlaceholders } from '../../lib/decision-aid/placeholders';
import { LEVELS, MAX_QUESTIONS_LENGTH, STATEMENTS, SURE_ITEMS, emptyState, isEmpty, type AidState, type Level, type StatementId, type SureId } from '../../lib/decision-aid/model';
import { localStore, type StoreFailure } from '../../lib/storage/local-store';
import type { AidScriptWords } from './words';

/**
 * Styles for the parts this element builds (messages, summary, buttons) and for printing the
 * summary alone. They ship with the script, not the page: without JavaScript none of it exists.
 */
const STYLE = `.aid-banner{border:3px solid var(--kg-urgent-border);border-radius:0.5rem;padding:1rem 1.25rem;margin-top:1rem}.sl-markdown-content .aid-banner h2{font-size:var(--sl-text-h4);margin:0 0 0.5rem}.aid-actions{display:flex;flex-wrap:wrap;gap:0.75rem}.aid-actions button{min-height:var(--kg-target);padding:0.4rem 1rem;font:inherit;border:2px solid var(--kg-box-border);border-radius:0.4rem;background:var(--sl-color-bg);color:var(--sl-color-text);cursor:pointer}.aid-status:empty{display:none}.aid-status{border-inline-start:6px solid var(--kg-box-border);padding:0.25rem 1rem}.aid-summary{border:2px solid var(--kg-box-border);border-radius:0.5rem;padding:0.5rem 1.25rem 1rem;margin-top:2rem}.aid-summary li{overflow-wrap:anywhere}.aid-summary-questions{white-space:pre-wrap;overflow-wrap:anywhere}.sl-markdown-content .aid-qr-line{display:flex;flex-wrap:wrap;gap:1rem;align-items:center}.aid-qr-line>span{flex:1 1 12rem;min-width:0;overflow-wrap:anywhere}.aid-qr{flex:none;background:#fff}@media print{kg-decision-aid :is(.aid-banner,.aid-status,.aid-tools){display:none !important}kg-decision-aid:not([data-print='summary']) .aid-summary{display:none !important}kg-decision-aid[data-print='summary'] .aid-sheet{display:none !important}.sl-markdown-content:has(>kg-decision-aid[data-print='summary'])>:not(kg-decision-aid,.print-footer){display:none !important}body:has(kg-decision-aid[data-print='summary']) :is(.trust-footer,.references,.term-popover,.key-points,.print-footer ~ *,main div:has(>footer)){display:none !important}.aid-summary{border:0;padding:0;margin:0;font-size:11pt;line-height:1.3}.sl-markdown-content .aid-summary h2{font-size:15pt;margin:0 0 .2rem}.sl-markdown-content .aid-summary h3{font-size:12pt;margin:.5rem 0 .1rem}.sl-markdown-content .aid-summary :is(ul,li,p){margin-top:.1rem;margin-bottom:0}}`;

function h(tag: string, text?: string, cls?: string): HTMLElement {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (cls) el.className = cls;
  return el;
}
function button(act: string, text: string): HTMLElement {
  const b = h('button', text);
  b.setAttribute('type', 'button');
  b.dataset.act = act;
  return b;
}
/** A message the element shows and hides: role alert, a heading, a sentence with a slot, buttons. */
function banner(name: string, title: string, text: string, ...buttons: HTMLElement[]): HTMLElement {
  const box = h('div', undefined, 'aid-banner');
  box.dataset.banner = name;
  box.setAttribute('role', 'alert');
  box.hidden = true;
  const p = h('p');
  p.append(h('span'), text);
  const actions = h('p', undefined, 'aid-actions');
  actions.append(...buttons);
  box.append(h('h2', title), p, actions);
  return box;
}

class DecisionAid extends HTMLElement {
  /** The page's words (data-words), set before anything is built. */
  private words!: AidScriptWords;
  private s: AidState = emptyState();
  private store = localStore(AID_STORAGE_KEY, aidCodec);
  /** The stored text this page last read or wrote. */
  private last: string | null = null;
  /** False while saved data is unreadable or another tab's answers wait for a choice. */
  private canSave = true;
  private raw: string | null = null;
  private failed: StoreFailure | null = null;
  private other: string | null = null;

  connectedCallback() {
    this.words = JSON.parse(this.dataset.words!) as AidScriptWords;
    this.build();
    const r = this.store.load();
    if (r.ok || r.error === 'corrupt') this.take(r.text);
    else this.fail('blocked');
    this.store.watch((text) => this.onStorage(text));
    this.addEventListener('change', (e) => this.onInput(e.target as HTMLInputElement, false));
    this.addEventListener('input', (e) => {
      const t = e.target as HTMLElement;
      if (t.matches('[data-questions]')) this.onInput(t as HTMLInputElement, true);
    });
    this.addEventListener('click', (e) => {
      const b = (e.target as Element).closest<HTMLElement>('[data-act]');
      if (b) this.act(b.dataset.act!);
    });
    this.fill();
    this.render(true);
    this.setAttribute('data-ready', '');
  }

  /** The parts that only make sense with JavaScript: messages, saved status, summary, live region. */
  private build() {
    const w = this.words.tool;
    const style = h('style', STYLE);
    document.head.append(style);
    this.prepend(
      banner('corrupt', w.corruptTitle, w.corruptText, button('download-raw', w.corruptDownload), button('start-fresh', w.corruptStartFresh)),
      banner('unsaved', w.unsavedTitle, w.unsavedText, button('retry', w.unsavedRetry)),
      banner('elsewhere', w.elsewhereTitle, w.elsewhereText, button('theirs', w.elsewhereTheirs), button('mine', w.elsewhereMine)),
    );
    const status = h('p', '', 'aid-status');
    status.setAttribute('role', 'status');
    status.dataset.status = '';
    this.querySelector('.aid-sheet')!.before(status);

    const summary = h('section', undefined, 'aid-summary');
    summary.setAttribute('aria-labelledby', 'aid-summary-heading');
    const heading = h('h2', w.summaryHeading);
    heading.id = 'aid-summary-heading';
    const out = h('div');
    out.dataset.out = '';
    const qrLine = h('p', undefined, 'aid-qr-line');
    const qr = document.createElement('img');
    const address = { address: this.dataset.short! };
    Object.assign(qr, { className: 'handout-qr aid-qr', src: this.dataset.qr!, width: 96, height: 96, alt: fillPlaceholders(w.qrAlt, address) });
    qrLine.append(qr, h('span', fillPlaceholders(w.readOnline, address)));
    const tools = h('p', undefined, 'aid-actions aid-tools');
    tools.append(button('print', w.print), button('clear', w.clear));
    summary.append(heading, h('p', w.summaryIntro), out, qrLine, tools);
    const live = h('p', '', 'sr-only');
    live.setAttribute('aria-live', 'polite');
    live.dataset.live = '';
    this.append(summary, live);
  }

  private onInput(t: HTMLInputElement, quiet: boolean) {
    if (t.matches('[data-questions]')) this.s.questions = t.value.slice(0, MAX_QUESTIONS_LENGTH);
    else if (t.type === 'radio' && t.name.startsWith('aid-sure-')) this.s.sure[t.name.slice(9) as SureId] = t.value as 'yes' | 'no';
    else if (t.type === 'radio' && t.name.startsWith('aid-')) this.s.matters[t.name.slice(4) as StatementId] = t.value as Level;
    else return;
    this.persist();
    this.render(quiet);
  }

  private persist() {
    if (!this.canSave) return;
    const r = this.store.save(this.s, this.last);
    if (r.ok) {
      this.last = r.text;
      this.fail(null);
    } else if (r.error === 'changed') {
      this.other = r.text ?? null;
      this.canSave = false;
      this.banner('elsewhere', true);
    } else this.fail(r.error);
  }

  /** Shows what is stored (null: nothing). Unreadable text is kept as it is and pauses saving. */
  private take(text: string | null) {
    this.last = text;
    this.raw = null;
    this.canSave = true;
    this.s = emptyState();
    if (text !== null) {
      const r = readAidText(text);
      if (r.ok) this.s = r.state;
      else {
        this.raw = text;
        this.canSave = false;
        this.reason('corrupt', this.words.tool.reasons[r.error]);
      }
    }
    this.banner('corrupt', this.raw !== null);
  }

  private onStorage(text: string | null) {
    if (text === this.last || this.raw !== null) return;
    if (this.canSave && !this.failed) {
      this.take(text);
      this.fill();
      this.render(false, this.words.tool.updatedFromOtherTab);
    } else {
      this.other = text;
      this.canSave = false;
      this.banner('elsewhere', true);
    }
  }

  private fail(why: StoreFailure | null) {
    this.failed = why;
    if (why) this.reason('unsaved', this.words.tool.why[why]);
    this.banner('unsaved', !!why);
  }

  private act(what: string) {
    switch (what) {
      case 'download-raw': {
        const a = document.createElement('a');
        a.href = URL.createObjectURL(new Blob([this.raw ?? ''], { type: 'application/json' }));
        a.download = this.words.tool.corruptFileName;
        a.click();
        break;
      }
      case 'start-fresh': {
        if (!this.store.remove().ok) return this.fail('blocked');
        this.take(null);
        this.persist();
        this.fill();
        this.render(false, this.words.tool.unreadableDeleted);
        break;
      }
      case 'retry':
        this.persist();
        this.render(false);
        break;
      case 'theirs':
        this.banner('elsewhere', false);
        this.take(this.other);
        this.fill();
        this.render(false, this.words.tool.showingOtherTab);
        break;
      case 'mine':
        this.banner('elsewhere', false);
        this.last = this.other;
        this.canSave = true;
        this.persist();
        this.render(false);
        break;
      case 'clear':
        this.s = emptyState();
        this.persist();
        this.fill();
        this.render(false, this.words.tool.cleared);
        break;
      case 'print':
        this.dataset.print = 'summary';
        addEventListener('afterprint', () => delete this.dataset.print, { once: true });
        print();
    }
  }

  /** Puts the state into the form (after loading, another tab, or clearing). */
  private fill() {
    for (const s of STATEMENTS)
      for (const level of LEVELS) this.input(`aid-${s.id}`, level).checked = this.s.matters[s.id] === level;
    for (const item of SURE_ITEMS) for (const a of ['yes', 'no']) this.input(`aid-sure-${item.id}`, a).checked = this.s.sure[item.id] === a;
    this.querySelector<HTMLTextAreaElement>('[data-questions]')!.value = this.s.questions;
  }

  private input(name: string, value: string) {
    return this.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
  }

  private render(quiet: boolean, say?: string) {
    const { answers, tool: w } = this.words;
    const lean = leanings(this.s, answers);
    const sure = sureResult(this.s);
    (this.querySelector('[data-next]') as HTMLElement).hidden = !sure.nextSteps;

    const out = this.querySelector('[data-out]')!;
    const h3a = h('h3', w.mattersHeading);
    let leanList: HTMLElement;
    if (lean.length) {
      leanList = h('ul');
      for (const l of lean) {
        const li = h('li');
        li.append(h('strong', l.statement), ` ${l.levelText}. ${l.words}`);
        leanList.append(li);
      }
    } else leanList = h('p', w.noAnswers);
    const h3b = h('h3', w.sureHeading);
    const sureList = h('ul');
    for (const a of sure.answers) {
      const li = h('li');
      li.append(h('strong', `${answers.sureLabels[a.id]}:`), ` ${a.answer === 'yes' ? answers.yes : a.answer === 'no' ? answers.no : w.notAnswered}`);
      sureList.append(li);
    }
    const sureNote = h('p', sure.nextSteps ? fillPlaceholders(w.sureNextSteps, { yes: sure.yes }) : sure.complete ? w.sureAllYes : '');
    const h3c = h('h3', w.questionsHeading);
    const qs = h('p', this.s.questions.trim() || w.noQuestions, 'aid-summary-questions');
    out.replaceChildren(h3a, leanList, h3b, sureList, sureNote, h3c, qs);

    const status = this.querySelector('[data-status]')!;
    status.textContent = this.canSave && !this.failed && this.last !== null && !isEmpty(this.s) ? w.saved : '';

    if (!quiet || say) {
      this.querySelector('[data-live]')!.textContent =
        say ?? fillPlaceholders(w.summaryUpdated, { statements: lean.length, total: STATEMENTS.length, sure: sure.answered });
    }
  }

  private banner(which: string, show: boolean) {
    this.querySelector<HTMLElement>(`[data-banner=${which}]`)!.hidden = !show;
  }

  /** The first sentence of a message: why it could not read or save. */
  private reason(which: string, text: string) {
    this.querySelector(`[data-banner=${which}] span`)!.textContent = text;
  }
}

customElements.define('kg-decision-aid', DecisionAid);
