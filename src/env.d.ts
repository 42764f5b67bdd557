declare namespace App {
  interface Locals {
    /** Counts <Term> uses while one page renders, to give each definition popover a unique id. */
    termUses?: number;
  }
}
