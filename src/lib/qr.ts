/**
 * QR codes for print: each encodes the full address of a short link (SITE_URL + /go/<name>/),
 * as an SVG drawn at build time with `qrcode`. Medium error correction survives a smudged or
 * creased printout; the 4-module quiet zone is what scanners need around the code.
 */
import QRCode from 'qrcode';
import { shortLinkPath } from '../config/short-links.mjs';

/** The address a short link's QR code encodes, and that is printed next to it. */
export function shortLinkUrl(name: string, site: string): string {
  return new URL(shortLinkPath(name), site).href;
}

/** Where the QR code image for a short link is served. */
export function qrCodePath(name: string): string {
  return `/qr/${name}.svg`;
}

export async function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}
