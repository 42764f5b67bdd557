/**
 * The scorer's rarer paths, loaded only when one is about to be needed (loadRare in
 * scorer-element.ts: as a banner shows, as the patient nears the tools, or for a link or a file),
 * with the page's messages for them (rare-words-*.ts): answers from a link or a file, sharing,
 * downloads, the banners' choices and leaving a shared comparison. Apart from the first load so
 * that the scorer's script and its messages stay within their budget (scripts/lib/budgets.ts).
 * Like link.ts it imports nothing at run time (what it needs comes in the Kit), so loading it
 * apart does not split the code it would share with the first-load script into more files.
 */
import type { ScorerState } from '../../lib/scorer/model';
import type { StoreFailure } from '../../lib/storage/local-store';
import type { Kit, LinkCode, Scorer } from './scorer-element';

/** A state from a link or a file: use it at once if nothing would be lost, else let the patient choose. */
export function offer(el: Scorer, { W, say, cleanNames, isBlank }: Kit, next: ScorerState, source: 'link' | 'file') {
  const why = (failure: StoreFailure | 'changed') => (failure === 'changed' ? W.whyChanged : W.whyNotSaved[failure]);
  const from = W.from[source];
  el.cur = 0;
  el.pos = 0;
  el.shared = source === 'link';
  next = cleanNames(next);
  if (el.save && isBlank(el.s)) {
    el.s = next;
    const r = el.persist()!;
    el.note(r.ok ? say(W.loadedAndSaved, { from }) : say(W.showingNotSaved, { from, why: why(r.error) }));
    el.querySelector('[data-shared] [data-slot=shared]')!.textContent = r.ok ? W.sharedSaved : say(W.sharedNotSaved, { why: why(r.error) });
  } else {
    if (el.raw === null) {
      el.kept ??= el.s;
      el.save = false;
      el.banner('pending', true);
    }
    el.s = next;
    el.note(say(W.showingNotSavedYet, { from }) + (el.failed ? ' ' + why(el.failed) : ''));
  }
  el.render();
}

/**
 * Writes a banner's words and buttons as it shows (scorer-element.ts's banner()): "unreadable saved
 * data", "changed in another tab" and "answers from a link or file" are rare, so their words are
 * not in the page. The "not saved" banner is, so that it shows even if this file cannot load.
 * Words are set as text, never parsed as HTML.
 */
export function fill(el: Scorer, { W, say, readText }: Kit, which: string) {
  const box = el.querySelector<HTMLElement>(`[data-banner=${which}]`)!;
  const words = W.banners[which as keyof typeof W.banners];
  if (!words || box.hidden) return;
  const { heading, text, ...buttons } = words as Record<string, string>;
  // Why the saved data cannot be read, from the data itself.
  const read = which === 'corrupt' ? readText(el.raw ?? '') : null;
  const reason = read && !read.ok ? W.reasons[read.error] + ' ' : '';
  const make = (tag: string, content: string) => Object.assign(document.createElement(tag), { textContent: content });
  const actions = make('p', '');
  actions.className = 'scorer-actions';
  for (const [act, label] of Object.entries(buttons)) {
    const button = make('button', label);
    button.setAttribute('type', 'button');
    button.dataset.act = act;
    actions.append(button);
  }
  // "From a link" or "from a file": offer() marks answers from a link as shared.
  box.replaceChildren(make(which === 'pending' ? 'h3' : 'h2', say(heading!, { from: W.from[el.shared ? 'link' : 'file'] })), make('p', reason + text), actions);
}

/** The share link for the answers as they are now, with or without the names. */
export function link(el: Scorer, code: LinkCode): string {
  const names = el.querySelector<HTMLInputElement>('[data-names]')!.checked;
  return location.origin + location.pathname + code.writeLink(el.s, el.table(), { names });
}

/** Shows the link box with the link selected, for copying by hand. */
function showLink(el: Scorer) {
  const box = el.querySelector<HTMLElement>('[data-share]')!;
  box.hidden = false;
  el.render(true);
  const input = box.querySelector<HTMLInputElement>('[data-link]')!;
  input.focus();
  input.select();
}

/** Shows the link ("share"), or sends it through the phone's share sheet ("send"), or copies it ("copy"). Needs link.ts loaded. */
export function share(el: Scorer, { W }: Kit, act: string, code: LinkCode) {
  if (act === 'share') return void showLink(el);
  const url = link(el, code);
  const copy = () =>
    // No clipboard access (older browsers, some settings): the link is shown selected, ready to copy by hand.
    (navigator.clipboard ? navigator.clipboard.writeText(url) : Promise.reject()).then(
      () => el.shareStatus(W.copied),
      () => {
        showLink(el);
        el.shareStatus(W.copyYourself);
      },
    );
  // The phone's own share sheet (Web Share API) when there is one; the clipboard otherwise.
  if (act === 'send' && navigator.share && navigator.canShare?.({ url }) !== false) {
    navigator.share({ title: W.shareTitle, url }).then(
      () => el.shareStatus(W.sentToApp),
      (e: Error) => (e.name === 'AbortError' ? el.shareStatus(W.notSent) : copy()),
    );
  } else void copy();
}

/** Reads a file the patient chose ("Open a saved file"). */
export function openFile(el: Scorer, K: Kit, f: File) {
  const { W, say, readText, maxText } = K;
  // A file bigger than any real answers file is refused before it is read.
  void (f.size > maxText * 4 ? Promise.resolve('') : f.text()).then((text) => {
    const r = readText(text);
    if (r.ok) offer(el, K, r.state, 'file');
    else el.note(say(W.fileNotOpened, { reason: W.reasons[r.error] }));
  });
}

/** The rarer buttons (data-act), after scorer-element.ts's act(). */
export function act(el: Scorer, K: Kit, name: string): void {
  const { W, say, writeText } = K;
  const why = (failure: StoreFailure | 'changed') => (failure === 'changed' ? W.whyChanged : W.whyNotSaved[failure]);
  const download = (text: string, file: string) => {
    const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(new Blob([text], { type: 'application/json' })), download: file });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1e4);
  };
  switch (name) {
    case 'open':
      el.querySelector<HTMLInputElement>('[data-file]')!.click();
      break;
    case 'print-blank':
      // The print style follows data-print; put it back once the print dialog closes.
      el.dataset.print = 'blank';
      addEventListener('afterprint', () => el.render(), { once: true });
      print();
      break;
    case 'own':
      if (el.kept) return act(el, K, 'discard');
      if (confirm(W.confirmStartOwn)) {
        el.restart(W.startedOwn);
        el.querySelector<HTMLInputElement>('#scorer-name-0')!.focus();
      }
      break;
    case 'save-file':
    case 'download':
      download(writeText(el.s, true), say(W.fileName, { date: new Date().toISOString().slice(0, 10) }));
      break;
    case 'download-raw':
      download(el.raw ?? '', W.unreadableFileName);
      break;
    case 'start-fresh': {
      const r = el.store.remove();
      el.raw = null;
      el.save = true;
      el.banner('corrupt', false);
      el.last = r.ok ? null : undefined;
      el.edit(() => {});
      el.note(r.ok && !el.failed ? W.savingAgain : say(W.notDeleted, { why: why('blocked') }));
      break;
    }
    case 'adopt':
    case 'discard': {
      const back = name === 'discard';
      if (back) {
        el.s = el.kept!;
        el.shared = false;
      }
      el.save = true;
      const r = el.persist()!;
      el.cur = 0;
      if (r.ok || back) {
        el.kept = null;
        el.banner('pending', false);
        el.note(back ? W.backToSaved + (r.ok ? '' : ' ' + why(r.error)) : W.adopted);
      } else if (r.error !== 'changed') {
        // Nothing was written: the answers stay on show and waiting, and can be downloaded.
        el.save = false;
        el.note(say(W.notAdopted, { why: why(r.error) }));
      }
      el.render();
      break;
    }
    case 'retry':
      el.edit(() => {});
      el.note(el.failed ? say(W.stillNotSaved, { why: why(el.failed) }) : W.saved);
      break;
    case 'theirs':
    case 'mine': {
      const text = el.other!;
      el.shared = false;
      el.other = undefined;
      el.banner('elsewhere', false);
      if (name === 'theirs') {
        el.take(text);
        el.fail(null);
        el.note(W.showingOther);
      } else {
        el.save = true;
        el.last = text;
        const r = el.persist()!;
        el.note(r.ok ? W.keptMine : say(W.notSaved, { why: why(r.error) }));
      }
      el.render();
      break;
    }
  }
}
