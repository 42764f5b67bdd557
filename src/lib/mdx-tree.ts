/**
 * Reads a page's MDX source as a syntax tree, so build-time features (citation numbers, the
 * glossary list, the reading grade) come from the same text the reader sees, in the same order.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { Root, Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const cache = new Map<string, Root>();

/** Parses MDX (with GFM tables). Results are cached: every component on a page asks for the same tree. */
export function parseMdx(source: string): Root {
  let tree = cache.get(source);
  if (!tree) {
    tree = fromMarkdown(source, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
    cache.set(source, tree);
  }
  return tree;
}

export function isJsx(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** A JSX element's string attribute, or undefined when it is missing or an expression. */
export function jsxAttribute(node: JsxElement, name: string): string | undefined {
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') return attr.value;
  }
  return undefined;
}

/** Visits nodes depth-first in document order. Return false from `visit` to skip a node's children. */
export function walk(node: Nodes, visit: (node: Nodes) => boolean | void): void {
  if (visit(node) === false) return;
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

/**
 * The `id` attributes of every `<name id="…">` element, in order of first appearance, without repeats.
 * `<Cite id="a" /> … <Cite id="b" /> … <Cite id="a" />` gives ["a", "b"]: a is [1], b is [2].
 */
export function orderedJsxIds(source: string, name: string): string[] {
  const ids: string[] = [];
  walk(parseMdx(source), (node) => {
    if (isJsx(node) && node.name === name) {
      const id = jsxAttribute(node, 'id');
      if (id && !ids.includes(id)) ids.push(id);
    }
  });
  return ids;
}
