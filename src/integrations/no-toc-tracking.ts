/**
 * Replaces Starlight's "On this page" tracker (starlight-toc: it watches scrolling to highlight
 * the section on screen) with an empty element class. The list of links works without it, and
 * dropping it saves about 1 KB of gzip JavaScript on every page, which our page-weight budget
 * needs. The mobile menu's own script extends this class and keeps working (it closes the
 * dropdown after a link is chosen). Re-check the file path when upgrading Starlight.
 */
import type { AstroIntegration } from 'astro';
import { stubStarlightModule } from './stub-starlight-module';

const STUB = `export class StarlightTOC extends HTMLElement {
  set current(_link) {}
}
customElements.define('starlight-toc', StarlightTOC);
`;

export default function noTocTracking(): AstroIntegration {
  return stubStarlightModule('kyphoplasty:no-toc-tracking', 'components-internals/TableOfContents/starlight-toc', STUB);
}
