/**
 * Reading ease of Spanish patient prose: the Szigriszt-Pazos index (perspicuity), read on the
 * INFLESZ scale (Barrio-Cantalejo et al., 2008), with exact ratios, as the English grade is.
 *
 *   206.835 − 62.3 × syllables/words − words/sentences
 *
 * INFLESZ bands: below 40 very hard, 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy, above 80
 * very easy. Sentences and words are split with Intl.Segmenter for Spanish, the same way the
 * English score splits English (src/lib/readability.ts), so each block ends at least one sentence.
 */
import type { TextCounts } from './readability';
import { spanishSyllables } from './spanish-syllables';

const sentenceSegmenter = new Intl.Segmenter('es', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('es', { granularity: 'word' });

/**
 * Abbreviations whose full stops would otherwise each end a sentence, making a page look easier
 * than it is ("EE. UU." is two words read as one name).
 */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bEE\. ?UU\./g, 'EEUU'],
  [/\bp\. ?ej\./g, 'por ejemplo'],
  [/\b(Dr|Dra|Sr|Sra|etc|aprox|núm)\./g, '$1'],
];

export function countSpanishText(blocks: readonly string[]): TextCounts {
  const counts: TextCounts = { sentences: 0, words: 0, syllables: 0 };
  for (const block of blocks) {
    const text = ABBREVIATIONS.reduce((t, [pattern, plain]) => t.replace(pattern, plain), block);
    for (const { segment } of sentenceSegmenter.segment(text)) {
      const ws = [...wordSegmenter.segment(segment)].filter((s) => s.isWordLike).map((s) => s.segment);
      if (ws.length === 0) continue;
      counts.sentences += 1;
      counts.words += ws.length;
      for (const w of ws) counts.syllables += spanishSyllables(w);
    }
  }
  return counts;
}

export const szigrisztPazos = ({ sentences, words, syllables }: TextCounts) => 206.835 - (62.3 * syllables) / words - words / sentences;

/** The score, to one decimal place; null for a page with no prose. */
export function readingEase(blocks: readonly string[]): number | null {
  const counts = countSpanishText(blocks);
  if (counts.words === 0) return null;
  return Math.round(szigrisztPazos(counts) * 10) / 10;
}

export type InfleszBand = 'muy difícil' | 'algo difícil' | 'normal' | 'bastante fácil' | 'muy fácil';

/** The INFLESZ band a score falls in (its upper bound belongs to the band above). */
export function infleszBand(score: number): InfleszBand {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score <= 80) return 'bastante fácil';
  return 'muy fácil';
}
