/**
 * Source notes in Spanish (`noteEs` in src/content/sources/*.yaml), shown under each source on
 * Spanish pages: every note has one, with the same numbers and no English left in it. Titles stay
 * as published and are marked "en inglés" on Spanish pages (src/components/SourceCitation.astro).
 */
import { describe, expect, it } from 'vitest';
import { englishPassages } from '../../src/lib/language-check';
import { numbersIn } from '../../src/lib/translation';
import { loadSources } from '../support/content';

const noted = loadSources().flatMap(({ id, file, result }) => (result.success && result.data.note ? [{ id, file, note: result.data.note, noteEs: result.data.noteEs }] : []));

describe('source notes in Spanish', () => {
  it.each(noted.map((s) => [s.file, s] as const))('%s has its note in Spanish, with the same numbers', (_file, { note, noteEs }) => {
    expect(noteEs, 'noteEs: the note in Spanish').toBeTruthy();
    // Web addresses in a note are copied as they are; their digits are not the note's numbers.
    const words = (text: string) => text.replace(/https?:\/\/\S+/g, '');
    expect(numbersIn([words(noteEs!)])).toEqual(numbersIn([words(note)]));
    expect(englishPassages([noteEs!])).toEqual([]);
  });
});
