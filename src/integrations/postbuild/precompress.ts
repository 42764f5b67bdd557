/**
 * Writes a maximum-compression `.gz` copy beside every text file in dist/, for nginx's
 * gzip_static: readers get the smallest gzip there is (level 9, what the bench counts) without
 * the server compressing on every request. Pagefind's index files are compressed already.
 * Hosts that compress by themselves (Netlify, Cloudflare Pages) ignore the copies.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { filesUnder } from '../../lib/build/files';

const TEXT = /\.(?:html|css|js|mjs|json|xml|svg|txt|webmanifest)$/;

export function precompress(dist: string): { files: number; bytes: number; gzipBytes: number } {
  let files = 0;
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of filesUnder(dist).filter((f) => TEXT.test(f))) {
    const body = readFileSync(join(dist, file));
    const gz = gzipSync(body, { level: constants.Z_BEST_COMPRESSION });
    if (gz.length >= body.length) continue;
    writeFileSync(join(dist, `${file}.gz`), gz);
    files++;
    bytes += body.length;
    gzipBytes += gz.length;
  }
  return { files, bytes, gzipBytes };
}
