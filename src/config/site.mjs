/**
 * Where the site is published. Canonical links, the sitemap, robots.txt, the JSON-LD, printed
 * addresses and QR codes are all built from it, so a copy hosted elsewhere points at itself.
 * A clinic hosting its own copy sets SITE_URL at build time (see README, "Deploy"):
 *   SITE_URL=https://guide.example-clinic.org npm run build
 * Give the origin only (no path): the site is built to live at the root of its address.
 */
/** The address printed when SITE_URL is not set: a placeholder that opens nothing. */
export const PLACEHOLDER_SITE_URL = 'https://kyphoplasty-guide.example.org';
export const SITE_URL = process.env.SITE_URL ?? PLACEHOLDER_SITE_URL;
/** True when printed links and QR codes would point at the placeholder, not a real site. */
export const USES_PLACEHOLDER_URL = SITE_URL === PLACEHOLDER_SITE_URL;

/**
 * The picture shown when someone shares a page (Open Graph and Twitter cards), per language:
 * public/og-image.png and its Spanish twin public/og-image-es.png are drawn from
 * scripts/og-image/*.svg by `npm run og-image`; re-run it after editing an SVG. The alt text says
 * what the picture says. src/route-data.ts puts the page's language's picture in its <head>.
 */
export const SITE_IMAGES = {
  en: {
    path: '/og-image.png',
    width: 1200,
    height: 630,
    alt: 'Kyphoplasty Guide: plain, cited information about kyphoplasty for spinal compression fractures, and help choosing who does it.',
  },
  es: {
    path: '/og-image-es.png',
    width: 1200,
    height: 630,
    alt: 'Kyphoplasty Guide: información clara y con fuentes sobre la cifoplastia en fracturas de columna, y ayuda para elegir quién la hace.',
  },
};
