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

/** The passages franc reads as English rather than Spanish. */
export function englishPassages(passages: readonly string[]): string[] {
  return passages.filter((p) => p.length >= MIN_PASSAGE_CHARS && franc(p, { only: ['spa', 'eng'], minLength: MIN_PASSAGE_CHARS }) === 'eng');
}
