/**
 * Finds English left in a Spanish page (issue 11: "no silent English").
 *
 * Everything a reader sees is gathered from the page's MDX: paragraphs, list items, headings,
 * table cells, and the words passed to components (a diagram's title, caption and labels). Each
 * passage long enough to judge is given to franc (wooorm's trigram language identifier), asked to
 * choose between Spanish and English only. English terms in brackets inside Spanish sentences
 * ("cifoplastia (en inglés, *kyphoplasty*)") are fine: the sentence around them is Spanish.
 */
import { franc } from 'franc-min';
import type { Nodes } from 'mdast';
import { isJsx, parseMdx, walk } from './mdx-tree';

/** Shorter passages (a table cell, "MRI", a name) say too little to tell the language apart. */
export const MIN_PASSAGE_CHARS = 30;

/** Attributes that carry ids, addresses or code, never reader-facing words. */
const NOT_WORDS = new Set(['id', 'kind', 'href', 'src', 'class', 'for', 'name', 'tone', 'variant', 'icon', 'slug', 'path', 'type']);

function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (isJsx(node) && node.name === 'Cite') return '';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join(' ');
  return '';
}

/** String literals inside a JSX attribute's expression (`items={['…', '…']}`), skipping id-like keys. */
function expressionStrings(estree: unknown, out: string[], key?: string): void {
  if (!estree || typeof estree !== 'object') return;
  const node = estree as { type?: string; value?: unknown; key?: { name?: string; value?: string } } & Record<string, unknown>;
  if (node.type === 'Literal' && typeof node.value === 'string') {
    if (!key || !NOT_WORDS.has(key)) out.push(node.value);
    return;
  }
  if (node.type === 'Property') {
    expressionStrings(node.value, out, node.key?.name ?? node.key?.value);
    return;
  }
  for (const [k, v] of Object.entries(node)) {
    if (k === 'loc' || k === 'range' || k === 'start' || k === 'end') continue;
    if (Array.isArray(v)) v.forEach((child) => expressionStrings(child, out, key));
    else if (v && typeof v === 'object') expressionStrings(v, out, key);
  }
}

/** Every passage of a page's body that a reader sees, in document order. */
export function readerPassages(source: string): string[] {
  const out: string[] = [];
  walk(parseMdx(source), (node) => {
    if (node.type === 'mdxjsEsm' || node.type === 'code' || node.type === 'html' || node.type === 'mdxFlowExpression') return false;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      out.push(plainText(node));
      return false;
    }
    if (isJsx(node)) {
      for (const attr of node.attributes) {
        if (attr.type !== 'mdxJsxAttribute' || NOT_WORDS.has(attr.name)) continue;
        if (typeof attr.value === 'string') out.push(attr.value);
        else if (attr.value?.data?.estree) expressionStrings(attr.value.data.estree, out);
      }
    }
    return true;
  });
  return out.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/**
 * The commonest short words of each language. Trigrams alone misjudge some short Spanish
 * questions as English ("¿El globo me hará más alto otra vez?"), so a passage counts as English
 * only if franc says so and it also has more English than Spanish function words.
 */
const FUNCTION_WORDS = {
  eng: new Set(['the', 'and', 'of', 'to', 'is', 'are', 'you', 'your', 'with', 'for', 'that', 'this', 'it', 'in', 'on', 'be', 'or', 'not', 'can', 'will', 'have', 'has', 'from', 'by', 'at', 'as', 'an', 'a', 'if', 'what', 'how', 'do', 'does']),
  spa: new Set(['el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'un', 'una', 'es', 'son', 'su', 'sus', 'con', 'por', 'para', 'no', 'se', 'lo', 'le', 'al', 'más', 'o', 'usted', 'si', 'qué', 'cómo', 'me', 'hay']),
};

/**
 * Names written in English are allowed (boards, trials, laws: "American Board of Radiology
 * (ABR)"): a run of two or more capitalised words, with the small words inside names, is set
 * aside before judging, as are acronyms.
 */
const NAME = /\b[A-Z][\w'’-]*(?:\s+(?:of|and|for|the|on|de|y)?\s*[A-Z][\w'’-]*)+|\b[A-Z]{2,}\b/g;

const count = (words: string[], language: keyof typeof FUNCTION_WORDS) => words.filter((w) => FUNCTION_WORDS[language].has(w)).length;

/** The passages that read as English rather than Spanish. */
export function englishPassages(passages: readonly string[]): string[] {
  return passages.filter((p) => {
    const text = p.replace(NAME, ' ').replace(/\s+/g, ' ').trim();
    if (text.length < MIN_PASSAGE_CHARS || franc(text, { only: ['spa', 'eng'], minLength: MIN_PASSAGE_CHARS }) !== 'eng') return false;
    const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
    return count(words, 'eng') > count(words, 'spa');
  });
}
