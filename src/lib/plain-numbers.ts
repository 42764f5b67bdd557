/**
 * Numbers a reader should never have to work out (issue 16, content standards "Numbers").
 *
 * Prose on this site gives chances as natural frequencies with what was counted ("about 13 in 100
 * people") and changes as whole points on a named scale ("about 2 points less pain, on a 0 to 10
 * scale"). This module finds what breaks that rule in one piece of plain text:
 *  - percentages: "13%", "13 percent", "13 per cent";
 *  - decimals: "4.6 points", "1.4 million";
 *  - fractions: "1/8", "½", "one-eighth", "a quarter of", "two-thirds" ("half" is allowed: every
 *    reader knows it without arithmetic);
 *  - multiples: "3.5 times as many", "five-fold", "twice as likely" (a ratio hides both numbers).
 *
 * What it leaves alone, because it is not arithmetic for the reader: dates ("12/05/2026"),
 * "24/7", ranges and scales ("0 to 10", "2–12 weeks"), version numbers ("WCAG 2.2", "1.5.4"),
 * names with numbers ("Grade 1", "T12", "L1"), phone numbers, and the few exact values listed in
 * EXACT_VALUES. Exact study figures belong in a table wrapped in <ExactFigures>, which the page
 * check (src/lib/number-check.ts) skips.
 */

export type NumberProblemKind = 'percentage' | 'decimal' | 'fraction' | 'multiple';

export interface NumberProblem {
  kind: NumberProblemKind;
  /** The words that broke the rule, as written. */
  match: string;
  /** The whole sentence around it, so an editor can find it. */
  sentence: string;
}

/** What to write instead, per kind; the build's message ends with it. */
export const ADVICE: Record<NumberProblemKind, string> = {
  percentage: 'write it as a natural frequency with what was counted, such as "about 13 in 100 people"',
  decimal:
    'round it to a whole number with "about" and name the scale, such as "about 2 points less pain, on a 0 to 10 scale" (exact study figures can go in a table inside <ExactFigures>)',
  fraction: 'write it as a natural frequency with what was counted, such as "about 1 in 4 people" or "about 25 in 100 bones"',
  multiple: 'give both numbers on the same total instead, such as "about 6 in 100 against about 2 in 100"',
};

const ARTICLE = {
  percentage: 'a percentage',
  decimal: 'a decimal',
  fraction: 'a fraction',
  multiple: 'a multiple',
} as const satisfies Record<NumberProblemKind, string>;

/**
 * Exact values a reader meets as written elsewhere and must recognise, with the reason each may
 * stay. Keep this list short: each entry is a promise that rounding would mislead.
 */
export const EXACT_VALUES: readonly { pattern: RegExp; reason: string }[] = [
  {
    pattern: /[−-]\s?2\.5\b/g,
    reason: 'the T-score cut-off for osteoporosis (−2.5), written as it appears on a bone density report',
  },
];

const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const FRACTION_WORD = String.raw`(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?`;
const COUNT_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine)`;
const MULTIPLE_WORD = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|${NUMBER})`;
const COMPARATIVE = String.raw`(?:as (?:many|much|likely|common|often|high|low|great|large|big|long)|more|less|fewer|higher|lower|greater|larger|bigger|smaller|the (?:risk|rate|number|chance|odds|dose))`;

/** Each pattern, tried on the text with exempt spans blanked out. Order matters only for reporting. */
const PATTERNS: readonly { kind: NumberProblemKind; pattern: RegExp }[] = [
  { kind: 'percentage', pattern: new RegExp(String.raw`${NUMBER}\s?(?:%|percent\b|per cent\b)`, 'gi') },
  { kind: 'multiple', pattern: new RegExp(String.raw`\b${MULTIPLE_WORD}[- ]times ${COMPARATIVE}\b`, 'gi') },
  { kind: 'multiple', pattern: new RegExp(String.raw`\b${MULTIPLE_WORD}[- ]?fold\b`, 'gi') },
  { kind: 'multiple', pattern: new RegExp(String.raw`\btwice ${COMPARATIVE}\b`, 'gi') },
  { kind: 'multiple', pattern: new RegExp(String.raw`\bby (?:about |around |roughly |nearly |almost |over |more than )?${MULTIPLE_WORD}[- ]times\b`, 'gi') },
  { kind: 'decimal', pattern: /(?<![\d.])\d*\.\d+(?![\d.])/g },
  { kind: 'fraction', pattern: /(?<![\d/])\d+\/\d+(?![\d/])/g },
  { kind: 'fraction', pattern: /[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]/g },
  { kind: 'fraction', pattern: new RegExp(String.raw`\b${COUNT_WORD}[- ]${FRACTION_WORD}\b`, 'gi') },
  // "a third of", "a quarter", "an eighth.": the article form, but not an ordinal ("a third doctor").
  { kind: 'fraction', pattern: new RegExp(String.raw`\ban? (?:quarter\b|${FRACTION_WORD}(?= of\b|[.,;:)]|$))`, 'gi') },
];

/**
 * The same problems in Spanish words ("13 por ciento", "tres veces más", "el doble", "un tercio de").
 * Spanish digits are read after swapping their separators to the English ones (see `asEnglishDigits`).
 */
const SPANISH_PATTERNS: readonly { kind: NumberProblemKind; pattern: RegExp }[] = [
  { kind: 'percentage', pattern: new RegExp(String.raw`${NUMBER}\s?por ciento\b`, 'gi') },
  { kind: 'multiple', pattern: /\b(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d+(?:\.\d+)?) veces (?:más|menos|mayor|menor)\b/gi },
  { kind: 'multiple', pattern: /\bel (?:doble|triple|cuádruple)\b/gi },
  { kind: 'fraction', pattern: /\b(?:un|una|dos|tres|cuatro) (?:tercios?|cuartos?|quintos?|sextos?|octavos?|décimos?)(?= de\b|[.,;:)]|$)/gi },
  { kind: 'fraction', pattern: /\b(?:una|dos|tres) (?:tercera|cuarta|quinta|sexta|octava|décima)s? partes?\b/gi },
];

/**
 * Spanish digits with English separators, same length, so positions still line up: a decimal
 * comma becomes a point ("4,6" → "4.6") and a thousands point a comma ("80.864" → "80,864").
 */
export function asEnglishDigits(text: string): string {
  return text.replace(/(\d)([.,])(?=\d)/g, (_match, digit: string, mark: string, offset: number, whole: string) => {
    if (mark === ',') return `${digit}.`;
    const thousands = /^\d{3}(?!\d)/.test(whole.slice(offset + 2));
    return `${digit}${thousands ? ',' : '.'}`;
  });
}

/** Spans that look like numbers but ask no arithmetic of the reader. */
const EXEMPT: readonly RegExp[] = [
  /\b\d{1,4}\/\d{1,2}\/\d{2,4}\b/g, // dates: 12/05/2026
  /\b24\/7\b/g,
  /\b\d+(?:\.\d+){2,}\b/g, // versions and dotted phone numbers: 1.5.4, 555.123.4567
  /\b(?:WCAG|versi[oó]n|v|Node(?:\.js)?|Astro|Starlight|HTML|CSS)\)?\s?\d+(?:\.\d+)+\b/gi, // WCAG 2.2, (WCAG) 2.2, version 1.2
  /\$\d+(?:,\d{3})*\.\d{2}\b/g, // money with cents, as written on a bill
  /\b\d+\.\d+(?=\s?(?:rem|em|px|pt|mm|cm)\b)/g, // print and layout sizes in code-like text
];

/** Text with every exempt span replaced by spaces of the same length, so positions still line up. */
function blankExempt(text: string): string {
  let out = text;
  for (const pattern of [...EXEMPT, ...EXACT_VALUES.map((v) => v.pattern)]) {
    out = out.replace(new RegExp(pattern.source, pattern.flags), (m) => ' '.repeat(m.length));
  }
  return out;
}

const sentenceSegmenters = { en: new Intl.Segmenter('en', { granularity: 'sentence' }), es: new Intl.Segmenter('es', { granularity: 'sentence' }) };

/**
 * Every problem in one block of plain text (a paragraph, list item, table cell or field), sentence
 * by sentence. `lang` "es" reads Spanish separators and words as well.
 */
export function numberProblems(text: string, lang: 'en' | 'es' = 'en'): NumberProblem[] {
  const problems: NumberProblem[] = [];
  // "EE. UU." is one name, not two sentence ends.
  const source = lang === 'es' ? text.replace(/\bEE\. UU\./g, 'EE.\u00a0UU.') : text;
  for (const { segment } of sentenceSegmenters[lang].segment(source)) {
    const sentence = segment.replace(/\s+/g, ' ').trim();
    if (!sentence) continue;
    const searchable = blankExempt(lang === 'es' ? asEnglishDigits(sentence) : sentence);
    const taken: [number, number][] = [];
    const found: { index: number; problem: NumberProblem }[] = [];
    for (const { kind, pattern } of lang === 'es' ? [...PATTERNS, ...SPANISH_PATTERNS] : PATTERNS) {
      for (const m of searchable.matchAll(new RegExp(pattern.source, pattern.flags))) {
        const start = m.index;
        const end = start + m[0].length;
        // One report per spot: "13%" is a percentage, not also a decimal; "3.5 times more" is a multiple.
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        taken.push([start, end]);
        found.push({ index: start, problem: { kind, match: sentence.slice(start, end), sentence } });
      }
    }
    problems.push(...found.sort((a, b) => a.index - b.index).map((f) => f.problem));
  }
  return problems;
}

/**
 * The build's message for one problem:
 * `src/content/docs/x.mdx: "…sentence…" uses a percentage (13%); write it as …`.
 * `where` says which part of the file, when it is not the body ("key points", "description").
 */
export function numberProblemMessage(file: string, problem: NumberProblem, where?: string): string {
  const place = where ? `${file} (${where})` : file;
  return `${place}: "${problem.sentence}" uses ${ARTICLE[problem.kind]} (${problem.match}); ${ADVICE[problem.kind]}.`;
}
