/** The light-theme copies for readers without JavaScript (src/integrations/theme-without-script.ts). */
import { describe, expect, it } from 'vitest';
import { NO_SCRIPT_LIGHT, lightWithoutScript, noScriptLightSelectors } from '../../src/integrations/theme-without-script';

describe('light theme without JavaScript', () => {
  it('rewrites only the light selectors, in every quoting, to match the server-rendered data-theme', () => {
    expect(noScriptLightSelectors([":root[data-theme='light']", '[data-theme="light"] ::backdrop', '[data-theme=light] button', ':root'])).toEqual([
      ':root[data-theme]',
      '[data-theme] ::backdrop',
      '[data-theme] button',
    ]);
    expect(noScriptLightSelectors(["[data-theme='dark'] .x", 'body'])).toEqual([]);
  });

  it('places the copy right after its rule, inside a scripting: none and light media query', () => {
    const placed: unknown[] = [];
    const rule = {
      selectors: [":root[data-theme='light']", ':root'],
      parent: { type: 'atrule', params: 'starlight.base' },
      clone: (o: { selectors: string[] }) => ({ ...rule, ...o }),
      after: (node: unknown) => placed.push(node),
    };
    class AtRule {
      children: unknown[] = [];
      constructor(public init: { name: string; params: string }) {}
      append(node: unknown) {
        this.children.push(node);
      }
    }
    lightWithoutScript.Rule(rule, { AtRule });
    expect(placed).toHaveLength(1);
    const media = placed[0] as AtRule;
    expect(media.init).toEqual({ name: 'media', params: NO_SCRIPT_LIGHT });
    expect((media.children[0] as { selectors: string[] }).selectors).toEqual([':root[data-theme]']);
    // A copy is never copied again.
    lightWithoutScript.Rule({ ...rule, parent: { type: 'atrule', params: NO_SCRIPT_LIGHT } }, { AtRule });
    expect(placed).toHaveLength(1);
  });
});
