/**
 * The build steps that replace one of Starlight's internal files fail the build, naming the file,
 * when an upgrade moves or removes it, instead of silently doing nothing.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import leanCss from '../../src/integrations/lean-css';
import noSidebarState from '../../src/integrations/no-sidebar-state';
import { requireStarlightFile } from '../../src/integrations/stub-starlight-module';

/** Runs an integration's config:setup hook the way Astro would, enough for these steps. */
function setUp(integration: ReturnType<typeof leanCss>): void {
  const hook = integration.hooks['astro:config:setup'] as unknown as (options: object) => void;
  hook({ config: { root: new URL('../../', import.meta.url) }, updateConfig: () => {}, command: 'build' });
}

describe('build steps that replace Starlight files', () => {
  it.each([
    ['no-sidebar-state', noSidebarState],
    ['lean-css', leanCss],
  ])('%s finds every file it replaces in the installed Starlight', (_name, integration) => {
    expect(() => setUp(integration())).not.toThrow();
  });

  it('a missing file stops the build with the step and the file named', () => {
    const emptyStarlight = mkdtempSync(join(tmpdir(), 'starlight-'));
    expect(() => requireStarlightFile('kyphoplasty:no-sidebar-state', ['components-internals/SidebarPersistState.js'], emptyStarlight)).toThrow(
      /kyphoplasty:no-sidebar-state: Starlight no longer has @astrojs\/starlight\/dist\/components-internals\/SidebarPersistState\.js/,
    );
  });
});
