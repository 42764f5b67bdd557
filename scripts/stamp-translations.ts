/**
 * `npm run translations:stamp [-- es/procedure/recovery.mdx …]`: records in each Spanish page which
 * version of its English page it translates (translation.sourceHash, src/lib/translation.ts).
 *
 * With no arguments it stamps only pages whose hash is still `pending` (new translations). Name a
 * page to re-stamp it after updating its translation to match a changed English page; never
 * re-stamp a page you have not brought up to date, or it will claim to be current when it is not.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sourceHash } from '../src/lib/source-hash.ts';
import { SPANISH_DIR } from '../src/config/languages.mjs';

const DOCS = 'src/content/docs';
const SPANISH = join(DOCS, SPANISH_DIR);
const named = process.argv.slice(2).map((p) => p.replace(/^src\/content\/docs\//, ''));
const files = readdirSync(SPANISH, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => join(SPANISH, f));

let stamped = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const of = /^ {2}of: *(\S+)/m.exec(text)?.[1];
  if (!of) {
    console.error(`${file}: no translation.of, so no English page to stamp it against`);
    process.exitCode = 1;
    continue;
  }
  const wanted = named.length ? named.includes(relative(DOCS, file)) : /^ {2}sourceHash: *pending\b/m.test(text);
  if (!wanted) continue;
  const hash = sourceHash(readFileSync(join(DOCS, of), 'utf8'));
  writeFileSync(file, text.replace(/^( {2}sourceHash:).*$/m, `$1 ${hash}`));
  console.log(`${file}: translates ${of} as of ${hash}`);
  stamped++;
}
console.log(`${stamped} Spanish page(s) stamped.`);
