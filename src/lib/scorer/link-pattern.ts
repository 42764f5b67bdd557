/**
 * Whether an address's hash is a scorer share link, of any version. Kept apart from link.ts so
 * the page can ask without loading the code that reads and writes links: most visits do neither,
 * and that code loads only when they do (scorer-element.ts).
 */
import { FRAGMENT_PREFIX } from './codec';

/** A compact link's hash: "#s", its version, then ".". Other anchors on the page never match. */
export const LINK_PATTERN = /^#s(\d{1,3})\./;

/** A compact link, or a version 1 "#scorer=" link. */
export const isShareLink = (hash: string): boolean => LINK_PATTERN.test(hash) || hash.startsWith(FRAGMENT_PREFIX);
