/**
 * Syllables in a Spanish word, for the Spanish reading-ease score (src/lib/readability-es.ts).
 *
 * Every Spanish syllable has exactly one vowel nucleus, so counting syllables is counting nuclei:
 * each run of vowels is one nucleus (a diphthong or triphthong: "bue-no", "Pa-ra-guay") unless it
 * holds a hiatus, which splits it: two strong vowels side by side ("le-er", "ca-e-mos") or a
 * stressed í or ú beside another vowel ("dí-a", "ba-úl"). "h" between vowels does not join them in
 * writing, and is treated as a consonant, which is right for almost every word ("pro-hi-bir").
 * No maintained npm package does this without test-runner dependencies (tech-notes.md), and the
 * rules are short; test/unit/readability-es.test.ts holds them to a word list.
 */

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const VOWELS = new Set([...STRONG, 'i', 'u', 'ü']);

/** Nuclei in a run of vowels. */
function nuclei(run: string): number {
  let count = 1;
  for (let i = 1; i < run.length; i++) {
    const [a, b] = [run[i - 1]!, run[i]!];
    // Two strong vowels (a stressed í or ú counts as strong) are always two syllables; so are two
    // identical weak ones ("chi-i-ta"). A weak vowel beside any other forms a diphthong.
    if ((STRONG.has(a) && STRONG.has(b)) || a === b) count++;
  }
  return count;
}

export function spanishSyllables(word: string): number {
  // "y" is a vowel at the end of a word or before a consonant ("muy", "hay", "y"); elsewhere a consonant ("ya", "mayo").
  const w = word.toLowerCase().replace(/y(?![aeiouáéíóúü])/g, 'i');
  let count = 0;
  let run = '';
  for (const ch of w + ' ') {
    if (VOWELS.has(ch)) run += ch;
    else if (run) {
      count += nuclei(run);
      run = '';
    }
  }
  // Digits, initials and the like: a word is at least one syllable when read aloud.
  return Math.max(1, count);
}
