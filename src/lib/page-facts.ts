/**
 * What the build knows about one page from its MDX source: which sources it cites and in what
 * order, which glossary terms it uses, and how hard its prose is to read.
 */
import { orderedJsxIds } from './mdx-tree';
import { proseBlocks } from './prose';
import { readingGrade } from './readability';

export interface PageFacts {
  /** Source ids in order of first citation: the first is reference [1]. */
  citations: string[];
  /** Glossary term ids in order of first use. */
  terms: string[];
  /** Flesch–Kincaid grade of the body prose and key points, or null for a page with no prose. */
  grade: number | null;
}

const cache = new Map<string, PageFacts>();

export function pageFacts(body: string, keyPoints: readonly string[] = []): PageFacts {
  const key = `${keyPoints.join('\n')}\u0000${body}`;
  let facts = cache.get(key);
  if (!facts) {
    facts = {
      citations: orderedJsxIds(body, 'Cite'),
      terms: orderedJsxIds(body, 'Term'),
      grade: readingGrade([...keyPoints, ...proseBlocks(body)]),
    };
    cache.set(key, facts);
  }
  return facts;
}

/** The reference number a citation shows, from 1. Throws for a source the page never cites. */
export function citationNumber(citations: readonly string[], id: string): number {
  const index = citations.indexOf(id);
  if (index === -1) throw new Error(`Source "${id}" is not cited on this page`);
  return index + 1;
}
