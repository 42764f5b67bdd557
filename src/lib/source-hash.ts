/**
 * Which version of an English page a Spanish page translates: the first 12 hex digits of the
 * SHA-256 of the English file's text, plenty to tell its versions apart. Imports nothing from the
 * project, so scripts/stamp-translations.ts can run it with plain Node.
 */
import { createHash } from 'node:crypto';

export const sourceHash = (englishText: string) => createHash('sha256').update(englishText).digest('hex').slice(0, 12);
