/**
 * Pages follow the reader's light or dark system setting even with JavaScript off.
 *
 * Starlight 0.42.4 writes `<html data-theme="dark">` into every page and leaves it to an inline
 * script (src/components/overrides/ThemeProvider.astro) to switch to light before the first paint.
 * Without JavaScript that script never runs, so every page was dark whatever the system setting.
 *
 * This PostCSS step, run by Vite over every stylesheet (Starlight's, the components' and ours),
 * follows each rule that styles the light theme (`[data-theme='light']`) with a copy for readers
 * without JavaScript who prefer light:
 *
 *   @media (scripting: none) and (prefers-color-scheme: light) { <selector with [data-theme]> {…} }
 *
 * The copy sits right after its rule, inside the same cascade layer, with the same specificity,
 * so it wins exactly where the light rule would. With JavaScript on, `scripting: none` never
 * matches and nothing changes. Browsers too old to know `scripting` (before Chrome 120, Safari 17,
 * Firefox 113) stay dark without JavaScript, as before. The copies cost a few bytes of gzip: they
 * repeat the text just before them.
 *
 * Starlight's only dark-only rule (`[data-theme='dark'] .dark:sl-hidden`) is for images that no
 * page here renders, so it needs no counterpart.
 */
import type { AstroIntegration } from 'astro';

/** `[data-theme='light']`, `[data-theme="light"]` or `[data-theme=light]`. */
const LIGHT = /\[data-theme=(['"]?)light\1\]/g;
export const NO_SCRIPT_LIGHT = '(scripting: none) and (prefers-color-scheme: light)';

/** The few PostCSS node methods used here (PostCSS itself comes with Vite; no import needed). */
interface CssRule {
  selectors: string[];
  parent?: { type: string; params?: string };
  clone(overrides: { selectors: string[] }): CssRule;
  after(node: unknown): void;
}
interface CssHelpers {
  AtRule: new (init: { name: string; params: string }) => { append(node: CssRule): void };
}

/** The selectors of a rule that style the light theme, rewritten to match the server's `data-theme`. */
export function noScriptLightSelectors(selectors: string[]): string[] {
  return selectors.filter((s) => s.match(LIGHT)).map((s) => s.replace(LIGHT, '[data-theme]'));
}

export const lightWithoutScript = {
  postcssPlugin: 'kyphoplasty:light-without-script',
  Rule(rule: CssRule, { AtRule }: CssHelpers) {
    // Already a copy (PostCSS visits new nodes too).
    if (rule.parent?.type === 'atrule' && rule.parent.params === NO_SCRIPT_LIGHT) return;
    const selectors = noScriptLightSelectors(rule.selectors);
    if (!selectors.length) return;
    const media = new AtRule({ name: 'media', params: NO_SCRIPT_LIGHT });
    media.append(rule.clone({ selectors }));
    rule.after(media);
  },
};

export default function themeWithoutScript(): AstroIntegration {
  return {
    name: 'kyphoplasty:theme-without-script',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { css: { postcss: { plugins: [lightWithoutScript] } } } });
      },
    },
  };
}
