/**
 * The compact share link, short enough for a text message: two doctors' full answers and names
 * fit in well under 300 characters with the site's address. (Version 1 links, "#scorer=" and
 * the answers as base64 JSON, were about 1,700 characters; codec.ts still opens them.)
 *
 *   #s2.22232.ab0nu0c0a0bbd0.Dr_Adams.a00b0a0a0000u0.Dr_Brown.0k7x2pq
 *    │  │     │              │        └ the next doctor, the same way (up to 4)
 *    │  │     │              └ the name (may be empty): "_" is a space, anything else
 *    │  │     │                but letters, digits and "-" is %-escaped
 *    │  │     └ one character per question, in the order of LINK_TABLES[2]: "0" no answer,
 *    │  │       "a"–"d" that question's answers in the table's order, "n" I didn't ask,
 *    │  │       "u" not sure what they meant
 *    │  └ the five group weights (0–3), in CATEGORIES order
 *    └ "s" and the link version, which picks the table (link-table.ts)
 *   and last, after ".", seven characters that check the rest: a link cut short or changed by
 *   hand is refused with a message, never half-read.
 *
 * The link ends in letters or digits, so a messaging app that trims trailing punctuation from
 * a link cannot cut it. It lives after "#", which browsers never send to a server.
 * Answers to questions this version's table does not know are left out (they count for
 * nothing in the results anyway).
 */
// Types only. The page loads this file when a link is opened or made, not with the page (see
// scorer-element.ts), and a module it shared with the page's script at run time would be split
// into a third file that every visit loads. So version 2's own words are written out below, and
// the caller checks what readLink returns as it checks any saved answers (codec.ts readValue).
import type { ReadResult } from './codec';
import type { LinkTable } from './link-table';
import type { ScorerState } from './model';

export const LINK_VERSION = 2;
/** A compact link's hash: "#s", its version, then ".". Other anchors on the page never match. */
export const LINK_PATTERN = /^#s(\d{1,3})\./;
const NONE = '0';
/**
 * What version 2 links were made with, frozen with the format like its table (link-table.ts):
 * the order of the five group weights, the ids of the two "no answer" choices, the most doctors,
 * the longest name and the version of the answers it decodes to. test/unit/scorer-link.test.ts
 * checks that they match model.ts while the answers are at version 1.
 */
export const V2_WORDS = {
  groups: ['evidence-fit', 'experience', 'safety', 'team-setting', 'after-care'],
  notAsked: 'not-asked',
  unclear: 'unclear',
  doctors: 4,
  name: 60,
  state: 1,
} as const;
const SPECIAL: Record<string, string> = { n: V2_WORDS.notAsked, u: V2_WORDS.unclear };
/** Longer than any valid link (4 doctors, 60-character names all escaped); refused unread. */
export const MAX_LINK_LENGTH = 2500;

/**
 * FNV-1a (32 bits) of the text, as seven base-36 characters. Every step of FNV-1a is one-to-one,
 * so changing any one character always changes all 32 bits' worth, and the check catches it;
 * a cut-off link fails it too.
 */
export function check(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36).padStart(7, '0');
}

const encodeName = (name: string) =>
  encodeURIComponent(name)
    .replace(/[_.!~*'()]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
    .replace(/%20/g, '_');

function decodeName(code: string): string | null {
  try {
    return decodeURIComponent(code.replace(/_/g, ' '));
  } catch {
    return null;
  }
}

/**
 * The hash of a compact link (with its "#"), in the current version's table. `names: false`
 * leaves every name out. The browser passes the table it reads from the page (the questions in
 * page order, each with its answers in order), which test/unit/scorer-link.test.ts proves is
 * LINK_TABLES[LINK_VERSION]; so the table's text never ships as JavaScript while it is the only one.
 */
export function writeLink(state: ScorerState, table: LinkTable, { names = true } = {}): string {
  const parts = [`s${LINK_VERSION}`, V2_WORDS.groups.map((c) => state.weights[c]).join('')];
  for (const p of state.providers) {
    const answers = table.map(([q, options]) => {
      const given = Object.prototype.hasOwnProperty.call(p.answers, q) ? p.answers[q] : undefined;
      const i = options.indexOf(given ?? '');
      return i >= 0 ? String.fromCharCode(97 + i) : given === V2_WORDS.notAsked ? 'n' : given === V2_WORDS.unclear ? 'u' : NONE;
    });
    parts.push(answers.join(''), names ? encodeName(p.name) : '');
  }
  const body = parts.join('.');
  return `#${body}.${check(body)}`;
}

/**
 * Reads a location.hash with the tables it knows. Null when it is not a compact link at all
 * (leave it alone). A state it returns is well formed by construction; the caller still migrates
 * and checks it (codec.ts readValue), as it does every answer that enters the page.
 */
export function readLink(hash: string, tables: Readonly<Record<number, LinkTable>>): ReadResult | null {
  const m = LINK_PATTERN.exec(hash);
  if (!m) return null;
  const version = Number(m[1]);
  if (version > LINK_VERSION) return { ok: false, error: 'newer' };
  const table = tables[version];
  if (!table) return { ok: false, error: 'not-scorer' };
  const damaged: ReadResult = { ok: false, error: 'not-json' };
  if (hash.length > MAX_LINK_LENGTH) return damaged;
  const end = hash.lastIndexOf('.');
  const body = hash.slice(1, end);
  if (hash.slice(end + 1) !== check(body)) return damaged;

  const [, weights, ...rest] = body.split('.');
  const doctors = rest.length / 2;
  if (!weights || !/^[0-3]{5}$/.test(weights) || !Number.isInteger(doctors) || doctors < 1 || doctors > V2_WORDS.doctors) return { ok: false, error: 'invalid' };
  const providers: ScorerState['providers'] = [];
  for (let i = 0; i < rest.length; i += 2) {
    const code = rest[i]!;
    const name = decodeName(rest[i + 1]!);
    if (code.length !== table.length || name === null || name.length > V2_WORDS.name) return { ok: false, error: 'invalid' };
    const answers: Record<string, string> = {};
    for (const [j, [q, options]] of table.entries()) {
      const c = code[j]!;
      if (c === NONE) continue;
      const answer = SPECIAL[c] ?? options[c.charCodeAt(0) - 97];
      if (!answer || !/^[a-z]$/.test(c)) return { ok: false, error: 'invalid' };
      answers[q] = answer;
    }
    providers.push({ name, answers });
  }
  const weightOf = Object.fromEntries(V2_WORDS.groups.map((c, i) => [c, Number(weights[i])])) as ScorerState['weights'];
  return { ok: true, state: { v: V2_WORDS.state, weights: weightOf, providers } };
}
