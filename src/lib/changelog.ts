/**
 * The public changelog (/changelog/), built from page metadata: each page's `changes` entries,
 * plus its last review when no change is recorded on that day (the "About this page" box
 * already states that date). Grouped by day, newest first, so a clinic can see at a glance
 * whether advice it hands out has changed since it printed it.
 */
import { isoDate } from './dates';

export interface ChangelogPage {
  title: string;
  href: string;
  lastReviewed: Date;
  changes: readonly { date: Date; summary: string }[];
}

export interface ChangelogItem {
  title: string;
  href: string;
  summary: string;
}

export interface ChangelogDay {
  /** YYYY-MM-DD */
  date: string;
  items: ChangelogItem[];
}

export const REVIEW_SUMMARY = 'Reviewed: checked against its sources.';

export function changelog(pages: readonly ChangelogPage[]): ChangelogDay[] {
  const byDate = new Map<string, ChangelogItem[]>();
  const add = (date: string, item: ChangelogItem) => byDate.set(date, [...(byDate.get(date) ?? []), item]);
  for (const page of pages) {
    const dates = new Set<string>();
    for (const change of page.changes) {
      const date = isoDate(change.date);
      dates.add(date);
      add(date, { title: page.title, href: page.href, summary: change.summary });
    }
    const reviewed = isoDate(page.lastReviewed);
    if (!dates.has(reviewed)) add(reviewed, { title: page.title, href: page.href, summary: REVIEW_SUMMARY });
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([date, items]) => ({ date, items: items.sort((a, b) => a.title.localeCompare(b.title) || a.summary.localeCompare(b.summary)) }));
}
