/**
 * Flesch–Kincaid grade for patient prose, with exact ratios (content standards: no rounding).
 * The formula comes from wooorm's `flesch-kincaid`; syllables from `syllable`. Sentences and
 * words are split with the built-in Intl.Segmenter, which knows English punctuation.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

function words(text: string): string[] {
  return [...wordSegmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * Counts sentences, words and syllables. Each block (a paragraph or list item) ends at least one
 * sentence, even without a full stop, as a reader would pause there. A number such as "18" counts
 * as one syllable: `syllable` gives 0 for digits, and a word always has at least one.
 */
export function countText(blocks: readonly string[]): TextCounts {
  const counts: TextCounts = { sentences: 0, words: 0, syllables: 0 };
  for (const block of blocks) {
    for (const { segment } of sentenceSegmenter.segment(block)) {
      const ws = words(segment);
      if (ws.length === 0) continue;
      counts.sentences += 1;
      counts.words += ws.length;
      for (const w of ws) counts.syllables += Math.max(1, syllable(w));
    }
  }
  return counts;
}

/** The grade, to one decimal place. A page with no prose has no grade (null). */
export function readingGrade(blocks: readonly string[]): number | null {
  const counts = countText(blocks);
  if (counts.words === 0) return null;
  const grade = fleschKincaid({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables });
  return Math.round(grade * 10) / 10;
}
