/**
 * robots.txt, written at build time from SITE_URL so a clinic's copy points crawlers at its own
 * sitemap. Everything may be crawled: the site is public patient information.
 */
import type { APIRoute } from 'astro';
import { SITE_URL } from '../config/site.mjs';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', SITE_URL).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
