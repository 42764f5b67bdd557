/**
 * /qr/<name>.svg: one QR code per short link in src/config/short-links.mjs, encoding its full
 * address. Handouts print them, and /for-clinics/ shows them for posters and letters.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shortLinks } from '../../config/short-links.mjs';
import { SITE_URL } from '../../config/site.mjs';
import { qrCodeSvg, shortLinkUrl } from '../../lib/qr';

export const getStaticPaths = (() => shortLinks.map((link) => ({ params: { name: link.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await qrCodeSvg(shortLinkUrl(params.name!, SITE_URL)), { headers: { 'Content-Type': 'image/svg+xml' } });
