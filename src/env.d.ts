declare namespace App {
  interface Locals {
    /** Counts <Term> uses while one page renders, to give each definition popover a unique id. */
    termUses?: number;
    /** Counts <IconArray> uses while one page renders, so that only the first draws the figure they share. */
    iconArrays?: number;
    /** Counts data-drawn diagrams while one page renders, to give each one's title and description unique ids. */
    diagrams?: number;
  }
}

/** The part of Starlight's resolved configuration our overrides read (no public type is exported). */
declare module 'virtual:starlight/user-config' {
  const config: { isMultilingual: boolean };
  export default config;
}

/** A module bundled as a file of its own; the import is its URL (src/plugins/patient-search/build/lazy-module.ts). */
declare module 'lazy-module:*' {
  const url: string;
  export default url;
}
