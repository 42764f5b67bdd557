/**
 * Which files in dist/pagefind/ the site's search actually loads. Pagefind always writes several
 * ready-made interfaces (pagefind-ui, component-ui, modular-ui, highlight) and a WebAssembly file
 * for every language it knows; our search bundles @pagefind/default-ui itself (into
 * /_astro/) and needs only Pagefind's engine: pagefind.js, its worker, the WebAssembly file of
 * each indexed language, the entry file, and the index, fragment, filter and meta files.
 */

/** Pagefind's entry file, as far as this module reads it. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

const ENGINE = new Set(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']);

/**
 * Paths (relative to dist/pagefind/, with forward slashes) that nothing loads at runtime.
 * Everything not recognised as engine or index data is kept, so a new Pagefind file is never
 * deleted by surprise: only the known interface bundles and unused language engines go.
 */
export function unusedPagefindFiles(files: string[], entry: PagefindEntry): string[] {
  // pagefind.js loads `wasm.${language.wasm ?? 'unknown'}.pagefind` for the indexed language.
  const wasm = new Set(Object.values(entry.languages).map((l) => `wasm.${l.wasm || 'unknown'}.pagefind`));
  return files.filter((file) => {
    if (ENGINE.has(file) || wasm.has(file)) return false;
    if (/^wasm\.[\w-]+\.pagefind$/.test(file)) return true;
    return /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/.test(file);
  });
}
