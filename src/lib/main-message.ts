/**
 * Which pages must state a main message (frontmatter `mainMessage`): every knowledge-base page,
 * every handout and the home page. Those are the pages a frightened reader lands on, and the
 * CDC Clear Communication Index asks each of them for one main message on the first screen.
 * Checked by the docs loader (src/content.config.ts), so a missing one stops the build with the
 * file named.
 */
import { contentPages } from '../config/pages.mjs';

const REQUIRED = new Set(contentPages.map((p) => p.slug));

/** "src/content/docs/who-performs-it/index.mdx" → "who-performs-it"; the home page is "". */
export function slugOfDocFile(filePath: string): string {
  return filePath
    .replace(/\\/g, '/')
    .replace(/^.*?src\/content\/docs\//, '')
    .replace(/\.mdx?$/, '')
    .replace(/(^|\/)index$/, '');
}

export function needsMainMessage(filePath: string): boolean {
  const slug = slugOfDocFile(filePath);
  return slug === '' || slug.startsWith('handouts/') || REQUIRED.has(slug);
}

/** The error an editor sees when a page that needs a main message has none, or null. */
export function missingMainMessage(data: Record<string, unknown>, filePath: string | undefined): string | null {
  if (!filePath || !needsMainMessage(filePath) || typeof data.mainMessage === 'string') return null;
  return (
    `${filePath}: mainMessage is required on this page. Add one plain sentence to its frontmatter, ` +
    `for example: mainMessage: "Most spine breaks heal without a procedure."`
  );
}
