/**
 * The decision aid's words in each language (src/components/decision-aid/words.ts): the Spanish
 * has exactly the English keys, every message keeps the same {placeholders}, and filling them
 * leaves none behind. `npm run check` already fails on a missing key; this also catches an extra
 * one, an empty string and a placeholder lost or misspelt in translation, which the type cannot.
 */
import { describe, expect, it } from 'vitest';
import { AID_WORDS } from '../../src/components/decision-aid/words';
import { fillPlaceholders, placeholdersIn } from '../../src/lib/decision-aid/placeholders';
import { englishPassages } from '../../src/lib/language-check';
import { readingEase } from '../../src/lib/readability-es';

/** Every string in a words object, by its dotted path: "tool.reasons.not-json" → "It is cut off…". */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) for (const [p, text] of leaves(child, path ? `${path}.${key}` : key)) out.set(p, text);
  return out;
}

const english = leaves(AID_WORDS.en);
const spanish = leaves(AID_WORDS.es);

describe('the decision aid in Spanish', () => {
  it('has exactly the English keys', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  /** The words either side of a link: a language may put the link at the start or the end. */
  const AROUND_A_LINK = /^sheet\.nextRead(Before|After)$/;

  it.each([...english.keys()])('%s: has the same placeholders as the English, and says something', (key) => {
    if (!AROUND_A_LINK.test(key)) expect(spanish.get(key)!.trim(), key).not.toBe('');
    expect(placeholdersIn(spanish.get(key)!), key).toEqual(placeholdersIn(english.get(key)!));
  });

  it('leaves no English for a Spanish reader', () => {
    // Addresses and file names are not prose.
    const prose = [...spanish].filter(([key]) => !/Href$|FileName$/.test(key)).map(([, text]) => text);
    expect(englishPassages(prose)).toEqual([]);
  });

  it('reads as easily as the Spanish pages: INFLESZ 65 or more', () => {
    const prose = [...spanish].filter(([key]) => !/Href$|FileName$/.test(key)).map(([, text]) => text);
    expect(readingEase(prose)).toBeGreaterThanOrEqual(65);
  });

  it('links to Spanish pages only', () => {
    expect(AID_WORDS.es.sheet.nextReadHref).toMatch(/^\/es\//);
  });
});

describe('placeholders', () => {
  it('are filled by name, and an unknown one is left showing', () => {
    expect(fillPlaceholders('{yes} de 4, {yes}', { yes: 3 })).toBe('3 de 4, 3');
    expect(fillPlaceholders('{missing}', {})).toBe('{missing}');
    expect(placeholdersIn('{total} {statements} {sure}')).toEqual(['statements', 'sure', 'total']);
  });

  it('leave nothing unfilled in a message once its values are given', () => {
    const values = { yes: 3, statements: 2, total: 6, sure: 4, address: 'example.org/go/comparar/' };
    for (const words of [english, spanish]) for (const text of words.values()) expect(fillPlaceholders(text, values)).not.toMatch(/\{\w+\}/);
  });
});
