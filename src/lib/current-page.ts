/**
 * The page being rendered, with the facts the build derives from its source. Components that
 * need to know "which page am I on" (citations, terms, trust footer) all go through this.
 */
import type { AstroGlobal } from 'astro';
import { pageFacts, type PageFacts } from './page-facts';

export function currentPage(Astro: Readonly<AstroGlobal>) {
  const { entry } = Astro.locals.starlightRoute;
  const data = entry.data as typeof entry.data & import('./content-schemas').PageFields;
  const facts: PageFacts = pageFacts(entry.body ?? '', data.keyPoints ?? []);
  const file = entry.filePath ?? `src/content/docs/${entry.id}`;
  return { entry, data, facts, file };
}
