/**
 * Applies the plain-numbers rule (src/lib/plain-numbers.ts) to everything a reader reads on a
 * page: title, description, key points, change summaries, headings, paragraphs, list items, boxes,
 * table cells and the words of pictures (alt, caption, label, basis). The build runs it from the
 * content loaders (src/content.config.ts) and stops on the first page that breaks it, naming the
 * file and the sentence; glossary definitions are checked the same way.
 *
 * Left out, because they are not prose: citation markers, imports, code, and tables inside
 * <ExactFigures>, the marker for exact study data a reader needs (src/components/ExactFigures.astro).
 */
import type { Nodes } from 'mdast';
import { isJsx, jsxAttribute, parseMdx } from './mdx-tree';
import { numberProblemMessage, numberProblems } from './plain-numbers';

/** The wrapper that marks a table of exact study figures. Its caption is still checked. */
export const EXACT_FIGURES = 'ExactFigures';

/** Components whose children are not prose: citation markers and generated lists. */
const SKIPPED_COMPONENTS = new Set(['Cite', 'References']);

/** Attributes whose text a reader sees or hears. */
const READ_ATTRIBUTES = ['alt', 'caption', 'label', 'basis', 'title'];

function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (isJsx(node) && SKIPPED_COMPONENTS.has(node.name ?? '')) return '';
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('');
  return '';
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Each readable block of a page body, in document order. */
export function readableBlocks(body: string): string[] {
  const out: string[] = [];
  const pushAttributes = (node: Nodes): void => {
    if (!isJsx(node)) return;
    for (const name of READ_ATTRIBUTES) {
      const value = squash(jsxAttribute(node, name) ?? '');
      if (value) out.push(value);
    }
  };
  /** Inside a block already read as text, only inline pictures' attributes are left to read. */
  const attributesBelow = (node: Nodes): void => {
    if (isJsx(node) && SKIPPED_COMPONENTS.has(node.name ?? '')) return;
    pushAttributes(node);
    if ('children' in node) for (const child of node.children as Nodes[]) attributesBelow(child);
  };
  const visit = (node: Nodes, inExactFigures: boolean): void => {
    switch (node.type) {
      case 'code':
      case 'html':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'definition':
        return;
      case 'table':
        if (inExactFigures) return;
        break;
      case 'heading':
      case 'paragraph':
      case 'tableCell': {
        const text = squash(inlineText(node));
        if (text) out.push(text);
        for (const child of node.children as Nodes[]) attributesBelow(child);
        return;
      }
    }
    if (isJsx(node)) {
      if (SKIPPED_COMPONENTS.has(node.name ?? '')) return;
      pushAttributes(node);
    }
    const inside = inExactFigures || (isJsx(node) && node.name === EXACT_FIGURES);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child, inside);
  };
  visit(parseMdx(body), false);
  return out;
}

/** The frontmatter fields a reader sees, with where each is shown. */
export interface PageFields {
  title?: unknown;
  description?: unknown;
  keyPoints?: unknown;
  changes?: unknown;
}

function frontmatterBlocks(data: PageFields): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  if (typeof data.title === 'string') out.push({ where: 'title', text: data.title });
  if (typeof data.description === 'string') out.push({ where: 'description', text: data.description });
  if (Array.isArray(data.keyPoints)) {
    data.keyPoints.forEach((p, i) => typeof p === 'string' && out.push({ where: `key point ${i + 1}`, text: p }));
  }
  if (Array.isArray(data.changes)) {
    data.changes.forEach((c, i) => {
      const summary = (c as { summary?: unknown } | null)?.summary;
      if (typeof summary === 'string') out.push({ where: `changes, entry ${i + 1}`, text: summary });
    });
  }
  return out;
}

/**
 * Pass marks of the two readability instruments, quoted on the about pages: "PEMAT-P (70%)". The
 * instruments publish them as percentages, and a reader checking our claim must find the same number.
 */
function isQuotedPassMark(file: string, sentence: string): boolean {
  return /(^|\/)about\//.test(file) && /\bPEMAT\b/.test(sentence);
}

/** Every message for one page; an empty list when its numbers need no arithmetic. `file` is the path shown to the editor. */
export function pageNumberMessages(file: string, data: PageFields, body: string): string[] {
  const lang = /(^|\/)docs\/es\//.test(file) ? 'es' : 'en';
  const messages: string[] = [];
  for (const { where, text } of frontmatterBlocks(data)) {
    for (const problem of numberProblems(text, lang)) {
      if (problem.kind === 'percentage' && isQuotedPassMark(file, problem.sentence)) continue;
      messages.push(numberProblemMessage(file, problem, where));
    }
  }
  for (const block of readableBlocks(body)) {
    for (const problem of numberProblems(block, lang)) {
      if (problem.kind === 'percentage' && isQuotedPassMark(file, problem.sentence)) continue;
      messages.push(numberProblemMessage(file, problem));
    }
  }
  return messages;
}

/** Messages for one glossary definition in `file` (the glossary's YAML), naming the term. */
export function glossaryNumberMessages(file: string, id: string, definition: unknown): string[] {
  if (typeof definition !== 'string') return [];
  return numberProblems(definition, /-es\.yaml$/.test(file) ? 'es' : 'en').map((p) => numberProblemMessage(file, p, `term "${id}"`));
}

/** The error the build stops with: every message, one per line, and how to fix them. */
export class PlainNumbersError extends Error {
  constructor(messages: readonly string[]) {
    super(
      `Numbers a reader would have to work out (see "Numbers" in README.md):\n${messages.map((m) => `  - ${m}`).join('\n')}`,
    );
    this.name = 'PlainNumbersError';
  }
}
