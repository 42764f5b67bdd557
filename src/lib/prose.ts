/**
 * Extracts the prose a reader reads from a page's MDX: paragraphs and list items, including
 * those inside boxes such as asides. Headings, tables, code, citation markers and imports are
 * left out, because they are not sentences and would distort the reading grade.
 */
import type { Nodes } from 'mdast';
import { isJsx, parseMdx } from './mdx-tree';

/** Components whose content is not running prose (figures render their own captions and data). */
const NON_PROSE_COMPONENTS = new Set(['Cite', 'IconArray', 'Figure', 'References']);

function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (isJsx(node) && NON_PROSE_COMPONENTS.has(node.name ?? '')) return '';
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('');
  return '';
}

function collect(node: Nodes, out: string[]): void {
  switch (node.type) {
    case 'heading':
    case 'table':
    case 'code':
    case 'html':
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'definition':
    case 'footnoteDefinition':
      return;
    case 'paragraph': {
      const text = inlineText(node).replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
      return;
    }
  }
  if (isJsx(node) && NON_PROSE_COMPONENTS.has(node.name ?? '')) return;
  if ('children' in node) for (const child of node.children as Nodes[]) collect(child, out);
}

/** Each paragraph or list-item paragraph as one plain-text block, in document order. */
export function proseBlocks(source: string): string[] {
  const out: string[] = [];
  collect(parseMdx(source), out);
  return out;
}
