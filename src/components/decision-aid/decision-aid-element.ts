/**
 * <kg-decision-aid>: upgrades the server-rendered worksheet (Worksheet.astro) so answers are kept
 * on this device and "My summary to bring" follows them. No framework: the words and the
 * leanings come from src/lib/decision-aid/, where they are unit-tested; this file reads the form,
 * keeps one state object, saves it and draws the summary.
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
import { AID_STORAGE_KEY, aidCodec, readAidText, type AidReadError } from '../../lib/decision-aid/codec';
import { leanings, sureResult } from '../../lib/decision-aid/leanings';
import { LEVELS, MAX_QUESTIONS_LENGTH, STATEMENTS, SURE_ITEMS, emptyState, isEmpty, type AidState, type Level, type StatementId, type SureId } from '../../lib/decision-aid/model';
import { localStore, type StoreFailure } from '../../lib/storage/local-store';

const REASONS: Record<AidReadError, string> = {
  'not-json': 'It is cut off or damaged.',
  'wrong-kind': 'It does not look like answers from this worksheet.',
  newer: 'It was saved by a newer version of this page.',
  'too-old': 'It was saved by an older version of this page that can no longer be read.',
  invalid: 'Some of it has been changed or damaged.',
};
const WHY: Record<StoreFailure | 'changed', string> = {
  blocked: 'This browser does not let this page save anything.',
  full: 'The storage this browser keeps for this site is full.',
  changed: 'Your answers were changed in another tab or window.',
};

function h(tag: string, text?: string, cls?: string): HTMLElement {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (cls) el.className = cls;
  return el;
}

class DecisionAid extends HTMLElement {
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
        this.slot('corrupt', 'reason', REASONS[r.error]);
      }
    }
    this.banner('corrupt', this.raw !== null);
  }

  private onStorage(text: string | null) {
    if (text === this.last || this.raw !== null) return;
    if (this.canSave && !this.failed) {
      this.take(text);
      this.fill();
      this.render(false, 'Your answers were updated from another tab.');
    } else {
      this.other = text;
      this.canSave = false;
      this.banner('elsewhere', true);
    }
  }

  private fail(why: StoreFailure | null) {
    this.failed = why;
    if (why) this.slot('unsaved', 'why', WHY[why]);
    this.banner('unsaved', !!why);
  }

  private act(what: string) {
    switch (what) {
      case 'download-raw': {
        const a = document.createElement('a');
        a.href = URL.createObjectURL(new Blob([this.raw ?? ''], { type: 'application/json' }));
        a.download = 'weighing-your-options-unreadable.json';
        a.click();
        break;
      }
      case 'start-fresh': {
        if (!this.store.remove().ok) return this.fail('blocked');
        this.take(null);
        this.persist();
        this.fill();
        this.render(false, 'The unreadable answers were deleted.');
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
        this.render(false, 'Showing the answers from the other tab.');
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
        this.render(false, 'Your answers were cleared.');
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
    const lean = leanings(this.s);
    const sure = sureResult(this.s);
    (this.querySelector('[data-next]') as HTMLElement).hidden = !sure.nextSteps;

    const out = this.querySelector('[data-out]')!;
    const h3a = h('h3', 'What matters most to me');
    let leanList: HTMLElement;
    if (lean.length) {
      leanList = h('ul');
      for (const l of lean) {
        const li = h('li');
        li.append(h('strong', l.statement), ` ${l.levelText}. ${l.words}`);
        leanList.append(li);
      }
    } else leanList = h('p', 'No answers yet.');
    const h3b = h('h3', 'Am I ready to decide? (SURE test)');
    const sureList = h('ul');
    for (const a of sure.answers) {
      const li = h('li');
      li.append(h('strong', `${a.label}:`), ` ${a.answer === 'yes' ? 'Yes' : a.answer === 'no' ? 'No' : 'Not answered'}`);
      sureList.append(li);
    }
    const sureNote = h(
      'p',
      sure.nextSteps
        ? `You answered “yes” ${sure.yes} of 4 times. You may want more information or support before you decide: ask your care team.`
        : sure.complete
          ? 'You answered “yes” to all 4.'
          : '',
    );
    const h3c = h('h3', 'My questions');
    const qs = h('p', this.s.questions.trim() || 'None written yet.', 'aid-summary-questions');
    out.replaceChildren(h3a, leanList, h3b, sureList, sureNote, h3c, qs);

    const status = this.querySelector('[data-status]')!;
    status.textContent = this.canSave && !this.failed && this.last !== null && !isEmpty(this.s) ? 'Your answers are saved on this device only.' : '';

    if (!quiet || say) {
      this.querySelector('[data-live]')!.textContent =
        say ?? `Summary updated: ${lean.length} of ${STATEMENTS.length} statements and ${sure.answered} of 4 SURE questions answered.`;
    }
  }

  private banner(which: string, show: boolean) {
    this.querySelector<HTMLElement>(`[data-banner=${which}]`)!.hidden = !show;
  }

  private slot(banner: string, slot: string, text: string) {
    this.querySelector(`[data-banner=${banner}] [data-slot=${slot}]`)!.textContent = text;
  }
}

customElements.define('kg-decision-aid', DecisionAid);
