import { describe, expect, it } from 'vitest';
import { spanishSyllables } from '../../src/lib/spanish-syllables';
import { countSpanishText, infleszBand, readingEase, szigrisztPazos } from '../../src/lib/readability-es';

describe('Spanish syllables', () => {
  // Counts checked by hand against the RAE's rules for diphthongs, triphthongs and hiatus.
  it.each([
    ['casa', 2], ['hueso', 2], ['columna', 3], ['cifoplastia', 4], ['vertebroplastia', 5], ['médico', 3],
    ['día', 2], ['país', 2], ['baúl', 2], ['leer', 2], ['caemos', 3], ['poeta', 3], ['aéreo', 4],
    ['ciudad', 2], ['cuidado', 3], ['buey', 1], ['Paraguay', 3], ['muy', 1], ['hay', 1], ['y', 1],
    ['ya', 1], ['mayo', 2], ['que', 1], ['guerra', 2], ['pingüino', 3], ['prohibir', 3], ['osteoporosis', 6],
    ['anestesia', 4], ['radiografía', 5], ['fractura', 3], ['cemento', 3], ['globo', 2], ['911', 1], ['MRI', 1],
    ['resonancia', 4], ['magnética', 4], ['neurocirujano', 6], ['aguda', 3], ['autorización', 5], ['chiita', 3],
  ])('%s has %i', (word, n) => expect(spanishSyllables(word)).toBe(n));
});

describe('Szigriszt-Pazos reading ease on the INFLESZ scale', () => {
  it('is 206.835 − 62.3 × syllables/words − words/sentences', () => {
    expect(szigrisztPazos({ sentences: 2, words: 20, syllables: 40 })).toBeCloseTo(206.835 - 124.6 - 10, 10);
  });

  it('counts sentences, words and syllables per block, Spanish punctuation included', () => {
    expect(countSpanishText(['¿Qué es la cifoplastia? Es un tratamiento.', 'Llame al 911'])).toEqual({ sentences: 3, words: 10, syllables: 17 });
  });

  it('does not end a sentence at an abbreviation', () => {
    expect(countSpanishText(['En EE. UU. la Dra. Ruiz lo hace, p. ej. en la clínica.']).sentences).toBe(1);
  });

  it('scores short, common words as easy and long, learned ones as hard', () => {
    expect(readingEase(['El hueso se rompe. Duele mucho. Casi siempre sana solo.'])!).toBeGreaterThan(80);
    expect(readingEase(['La vertebroplastia percutánea constituye una intervención mínimamente invasiva caracterizada por la inyección de polimetilmetacrilato.'])!).toBeLessThan(40);
    expect(readingEase([])).toBeNull();
  });

  it('names the INFLESZ bands', () => {
    expect([39.9, 40, 54.9, 55, 64.9, 65, 80, 80.1].map(infleszBand)).toEqual([
      'muy difícil', 'algo difícil', 'algo difícil', 'normal', 'normal', 'bastante fácil', 'bastante fácil', 'muy fácil',
    ]);
  });
});
