/**
 * The light and dark themes differ in colour only. Every style rule the build ships that depends on
 * the theme (`[data-theme=…]`, in stylesheets and in pages' inline styles) may set only colours:
 * colour properties, `color-scheme`, and custom properties whose values are colours or shadows.
 * The one exception is Starlight's `.light:sl-hidden` / `.dark:sl-hidden`, for theme-specific
 * images, and no page may use them.
 *
 * Why it matters: every page is checked by axe with every rule in the light theme, and in the dark
 * theme with the rules that depend on colour (THEME_RULES in test/support/axe.ts). That is the same
 * check only while the themes differ in nothing else. If this test fails, a theme now changes
 * more than colour: run the full rule set in both themes (test/site/visit.ts) or keep it colour-only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles } from '../support/dist';

const COLOUR_PROPERTIES = new Set(['color', 'background-color', 'background', 'border-color', 'outline-color', 'fill', 'stroke', 'color-scheme', 'text-decoration-color', 'caret-color', 'accent-color']);
const THEME_ONLY_CLASSES = /^\s*(?:@media[^{]*\{\s*)?\[data-theme(?:=['"]?(?:light|dark)['"]?)?\]\s+\.(?:light|dark)\\:sl-hidden\s*$/;
/** A colour, a shadow made of colours, or a reference to another custom property. */
const COLOUR_VALUE = /^(?:#[0-9a-f]{3,8}|(?:rgb|rgba|hsl|hsla|oklch|lab|lch|color-mix)\(.*\)|var\(--[\w-]+\)|transparent|currentcolor|inherit|white|black|none|[\d.]+(?:px|rem|em)?(?:\s+[\d.]+(?:px|rem|em)?)*\s+(?:#[0-9a-f]{3,8}|(?:rgb|hsl)a?\(.*\))(?:\s*,\s*.*)?|light|dark|light dark)$/i;

const stylesheets = [
  ...readdirSync('dist/_astro').filter((f) => f.endsWith('.css')).map((f) => ({ where: `dist/_astro/${f}`, css: readFileSync(`dist/_astro/${f}`, 'utf8') })),
  ...builtHtmlFiles().map((f) => ({ where: f, css: [...readFileSync(f, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n') })),
];

/** Each rule whose selector mentions the theme: its selector and declarations. */
function themeRules(css: string): { selector: string; declarations: [string, string][] }[] {
  return [...css.matchAll(/([^{}]*\[data-theme[^{}]*)\{([^{}]*)\}/g)].map(([, selector, body]) => ({
    selector: selector!.trim(),
    declarations: body!
      .split(';')
      .filter((d) => d.includes(':'))
      .map((d) => [d.slice(0, d.indexOf(':')).trim().toLowerCase(), d.slice(d.indexOf(':') + 1).replace(/!important/, '').trim()] as [string, string]),
  }));
}

/** What a theme rule changes besides colour, one line each. */
function themeProblems(css: string): string[] {
  const problems: string[] = [];
  for (const { selector, declarations } of themeRules(css)) {
    for (const [property, value] of declarations) {
      if (property === 'display' && THEME_ONLY_CLASSES.test(selector) && value === 'none') continue;
      const ok = property.startsWith('--') ? COLOUR_VALUE.test(value) : COLOUR_PROPERTIES.has(property);
      if (!ok) problems.push(`${selector} { ${property}: ${value} }`);
    }
  }
  return problems;
}

describe('the themes differ in colour only', () => {
  it('the check catches a theme rule that hides, moves or resizes something', () => {
    expect(themeProblems(':root[data-theme=dark] .banner{display:none}')).toEqual([':root[data-theme=dark] .banner { display: none }']);
    expect(themeProblems("[data-theme='light'] main{--sl-content-width:40rem;margin:0 auto;color:#000}")).toEqual([
      "[data-theme='light'] main { --sl-content-width: 40rem }",
      "[data-theme='light'] main { margin: 0 auto }",
    ]);
    expect(themeProblems(':root[data-theme=light]{--sl-color-white:#17181c;--sl-shadow-sm:0px 1px 1px hsla(0,0%,0%,.06);color-scheme:light}')).toEqual([]);
  });

  it('finds the theme rules it checks (Starlight colours both themes)', () => {
    expect(stylesheets.flatMap((s) => themeRules(s.css)).length).toBeGreaterThan(10);
  });

  it.each(stylesheets.map((s) => [s.where, s] as const))('%s: every theme rule sets colours only', (_where, { css }) => {
    expect(themeProblems(css)).toEqual([]);
  });

  it('no page uses the theme-only classes', () => {
    const users = builtHtmlFiles().filter((f) => /class="[^"]*\b(?:light|dark):sl-hidden/.test(readFileSync(f, 'utf8')));
    expect(users).toEqual([]);
  });
});
