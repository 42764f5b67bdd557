/**
 * Our interface strings (`kg.*` in src/content/i18n/): every one English defines has a Spanish
 * version, Spanish defines none that English lacks, and no Spanish string is left in English.
 * Interpolations ({{count}}, {{last}}) must survive translation, or a reader sees a blank.
 */
import { describe, expect, it } from 'vitest';
import en from '../../src/content/i18n/en.json';
import es from '../../src/content/i18n/es.json';
import { englishPassages } from '../../src/lib/language-check';

const ours = (strings: Record<string, string>) => Object.keys(strings).filter((key) => key.startsWith('kg.')).sort();
const placeholders = (text: string) => (text.match(/\{\{\w+\}\}/g) ?? []).sort();

describe('interface strings', () => {
  it('Spanish has every string English has, and no others', () => {
    expect(ours(es)).toEqual(ours(en));
  });

  it.each(ours(en).map((key) => [key, (en as Record<string, string>)[key]!, (es as Record<string, string>)[key] ?? ''] as const))('%s: in Spanish, with the same placeholders', (_key, english, spanish) => {
    expect(spanish.trim()).not.toBe('');
    expect(placeholders(spanish)).toEqual(placeholders(english));
    expect(englishPassages([spanish])).toEqual([]);
  });
});
