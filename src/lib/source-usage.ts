/** Which pages cite which source: drives the /sources/ page and the "no orphan sources" check. */

export interface CitingPage {
  title: string;
  href: string;
  sources: readonly string[];
}

export function pagesCiting(pages: readonly CitingPage[], sourceId: string): CitingPage[] {
  return pages.filter((page) => page.sources.includes(sourceId)).sort((a, b) => a.title.localeCompare(b.title));
}

/** A docs entry id ("understanding/risks", "index") as the page's URL path. */
export function entryHref(id: string): string {
  return id === 'index' ? '/' : `/${id}/`;
}
