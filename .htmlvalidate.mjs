/**
 * html-validate over every page in dist/. The "recommended" preset, with each exception explained.
 * Everything not listed here stays on.
 */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta/>; both spellings are valid HTML and mean the same.
    'void-style': 'off',
    // Starlight styles its own icons and table-of-contents indent with style="" attributes. Our CSP
    // allows inline styles (only scripts are locked down), and our own components use none.
    'no-inline-style': 'off',
    // Starlight's "_top" skip target is a valid HTML id; the relaxed mode checks exactly what HTML allows.
    'valid-id': ['error', { relaxed: true }],
    // Starlight renders two "On this page" navigations (mobile and desktop); CSS shows only one at a time.
    'unique-landmark': 'off',
    // Starlight's mobile menu toggle (a popover button outside any form) has no type; it cannot submit
    // anything. Our own buttons all declare type="button".
    'no-implicit-button-type': 'off',
    // Astro writes the redirect pages for short links and moved pages (`redirects` in
    // astro.config.mjs) with a lowercase <!doctype html>; HTML treats both spellings the same.
    'doctype-style': 'off',
  },
};
