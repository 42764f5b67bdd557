/** Date helpers for review cycles. All dates are calendar dates in UTC: review dates have no time of day. */

export function addMonths(date: Date, months: number): Date {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  // Clamp the day so 31 January + 1 month is 28/29 February, not 3 March.
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return d;
}

/** `YYYY-MM-DD`, for machines (time elements, JSON-LD). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** How each of the site's languages writes a date (Spanish: "26 de noviembre de 2026"). */
const DATE_LOCALES: Record<string, string> = { en: 'en-US', es: 'es' };

/** "November 26, 2026": the month in words, so nobody misreads 03/04. `lang`: the page's language. */
export function readableDate(date: Date, lang = 'en'): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[lang] ?? 'en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export function isOverdue(nextReview: Date, today: Date): boolean {
  return isoDate(nextReview) < isoDate(today);
}
