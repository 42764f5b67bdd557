/**
 * Keeps the stylesheets to what this site renders.
 *
 * 1. Starlight bundles the styles of some components into every page's render-blocking
 *    stylesheet even when they never render here: sidebar badges, link buttons, the splash-page
 *    hero, announcement banners, draft and translation notices, "Edit page" links, social
 *    icons and asides (our pages use their own boxes). This Vite plugin hands the bundler an
 *    empty stylesheet for each of them (about 1 KB gzip off every page). If a page ever renders
 *    one, the build stops with the component named:
 *    remove it from UNUSED below and its styles come back.
 *
 * 2. src/styles/print.css joins Starlight's own print stylesheet, which pages load with
 *    media="print": print rules no longer hold up the first paint on screen. That sheet is linked
 *    before the main one, so a print rule that overrides a screen rule needs !important or a more
 *    specific selector (see the note at the top of print.css).
 *
 * Based on @astrojs/starlight 0.42.4; re-check the file names when upgrading Starlight.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../lib/build/files';
import { requireStarlightFile } from './stub-starlight-module';

const STARLIGHT = /\/@astrojs\/starlight\/dist\//;

/** Starlight components whose styles we drop, and how a built page would show that one renders. */
export const UNUSED: { file: string; shows: RegExp; what: string }[] = [
  { file: 'user-components/Badge.astro', shows: /class="sl-badge\b/, what: 'a badge (sidebar `badge` option or <Badge>)' },
  { file: 'user-components/LinkButton.astro', shows: /class="sl-link-button\b/, what: 'a <LinkButton> or hero action' },
  { file: 'components/Hero.astro', shows: /\bdata-has-hero\b/, what: 'a splash-page hero (`hero` frontmatter)' },
  { file: 'components/Banner.astro', shows: /class="sl-banner"/, what: 'a banner (`banner` frontmatter)' },
  { file: 'components/ContentNotice.astro', shows: /This content is a draft|not available in your language/, what: 'a draft or untranslated-page notice' },
  { file: 'components/EditLink.astro', shows: />\s*Edit page\s*</, what: 'an "Edit page" link (`editLink` option)' },
  { file: 'components/SocialIcons.astro', shows: /<a [^>]*rel="me"/, what: 'social links (`social` option)' },
  // A stylesheet, not a component: Page.astro imports it for every page.
  { file: 'style/asides.css', shows: /class="starlight-aside\b/, what: 'an aside (<Aside> or a :::note block)' },
];

const STARLIGHT_PRINT = /\/@astrojs\/starlight\/dist\/style\/print\.css$/;

export default function leanCss(): AstroIntegration {
  let printCss = '';
  return {
    name: 'kyphoplasty:lean-css',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        requireStarlightFile('kyphoplasty:lean-css', [...UNUSED.map((u) => u.file), 'style/print.css']);
        printCss = fileURLToPath(new URL('src/styles/print.css', config.root));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kyphoplasty:lean-css',
                enforce: 'pre',
                transform(code: string, id: string) {
                  const [path = '', query = ''] = id.split('?');
                  const file = path.replace(/\\/g, '/');
                  if (!STARLIGHT.test(file)) return undefined;
                  const unused = UNUSED.some((u) => file.endsWith(`/starlight/dist/${u.file}`));
                  if (unused && (query.includes('type=style') || (file.endsWith('.css') && !/(^|&)url(&|$)/.test(query)))) {
                    return { code: '', map: null };
                  }
                  // The stylesheet itself, not the `?url` module that points at it.
                  if (STARLIGHT_PRINT.test(file) && !/(^|&)url(&|$)/.test(query)) {
                    this.addWatchFile(printCss);
                    return { code: `${code}\n${readFileSync(printCss, 'utf8')}`, map: null };
                  }
                  return undefined;
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        const problems: string[] = [];
        for (const file of filesUnder(dist).filter((f) => f.endsWith('.html')).map((f) => join(dist, f))) {
          const html = readFileSync(file, 'utf8');
          for (const u of UNUSED) if (u.shows.test(html)) problems.push(`${file} renders ${u.what}, whose styles src/integrations/lean-css.ts drops. Remove ${u.file} from UNUSED there.`);
        }
        if (problems.length) throw new Error(problems.join('\n'));
      },
    },
  };
}
