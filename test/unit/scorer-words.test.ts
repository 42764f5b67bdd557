/**
 * The question scorer's words (src/components/scorer/words.ts): the Spanish object has exactly
 * the English keys, every Spanish message keeps the English message's {placeholders} (a lost one
 * would show a reader "{name}" or drop a number), nothing is left blank or in English, and
 * fill.ts writes numbers and plurals the way each language does. The Spanish reads as easily as
 * the Spanish pages must (INFLESZ 65 or more, content standards).
 */
import { describe, expect, it } from 'vitest';
import { SCORER_WORDS } from '../../src/components/scorer/words';
import { fill, plural } from '../../src/components/scorer/fill';
import { englishPassages } from '../../src/lib/language-check';
import { readingEase } from '../../src/lib/readability-es';

type Tree = { [key: string]: string | Tree };

/** Every message as [dotted key, text]: "script.redFlags.one". */
function messages(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value] as [string, string]] : messages(value, `${prefix}${key}.`)));
}

const en = new Map(messages(SCORER_WORDS.en as unknown as Tree));
const es = new Map(messages(SCORER_WORDS.es as unknown as Tree));
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('the scorer words', () => {
  it('Spanish has exactly the English keys', () => {
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each([...en].map(([key, english]) => [key, english, es.get(key) ?? ''] as const))('%s: in Spanish, with the same placeholders', (_key, english, spanish) => {
    expect(spanish.trim()).not.toBe('');
    expect(placeholders(spanish)).toEqual(placeholders(english));
    expect(englishPassages([spanish])).toEqual([]);
  });

  it('reads easily in Spanish: 65 or more on the INFLESZ scale', () => {
    const ease = readingEase([...es.values()].filter((text) => !text.endsWith('.json')));
    console.log(`Scorer words in Spanish: INFLESZ ${ease?.toFixed(1)}`);
    expect(ease).toBeGreaterThanOrEqual(65);
  });

  it('fills numbers the reader’s way and picks Spanish plurals', () => {
    const { script } = SCORER_WORDS.es;
    expect(fill(script.score, { n: 72 }, 'es')).toBe('72 de 100');
    expect(fill(SCORER_WORDS.en.script.score, { n: 72 }, 'en')).toBe('72 out of 100');
    expect(plural(script.redFlags, 0, 'es')).toBe('0 señales de alerta');
    expect(plural(script.redFlags, 1, 'es')).toBe('1 señal de alerta');
    expect(plural(script.redFlags, 2, 'es')).toBe('2 señales de alerta');
    expect(plural(SCORER_WORDS.en.script.redFlags, 1, 'en')).toBe('1 red flag');
    expect(plural(SCORER_WORDS.en.script.redFlags, 2, 'en')).toBe('2 red flags');
    expect(fill('{n}', { n: 1234.5 }, 'es')).toBe('1234,5');
  });
});
