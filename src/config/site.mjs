/**
 * Where the site is published. Canonical links, the sitemap, robots.txt, the JSON-LD, printed
 * addresses and QR codes are all built from it, so a copy hosted elsewhere points at itself.
 * A clinic hosting its own copy sets SITE_URL at build time (see README, "Deploy"):
 *   SITE_URL=https://guide.example-clinic.org npm run build
 * Give the origin only (no path): the site is built to live at the root of its address.
 */
export const SITE_URL = process.env.SITE_URL ?? 'https://kyphoplasty-guide.example.org';

/**
 * The picture shown when someone shares a page (Open Graph and Twitter cards). public/og-image.png
 * is drawn from scripts/og-image/og-image.svg by `npm run og-image`; re-run it after editing the
 * SVG. The alt text says what the picture says.
 */
export const SITE_IMAGE = {
  path: '/og-image.png',
  width: 1200,
  height: 630,
  alt: 'Kyphoplasty Guide: plain, cited information about kyphoplasty for spinal compression fractures, and help choosing who does it.',
};
