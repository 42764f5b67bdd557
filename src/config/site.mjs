/**
 * Where the site is published. Canonical links, the sitemap and printed QR codes are built from it.
 * A clinic hosting its own copy sets SITE_URL at build time (see README, "Deploy").
 */
export const SITE_URL = process.env.SITE_URL ?? 'https://kyphoplasty-guide.example.org';
