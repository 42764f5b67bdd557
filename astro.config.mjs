// @ts-check
import { defineConfig } from 'astro/config';
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { SPANISH_DIR, SPANISH_EDITION_PUBLISHED } from './src/config/languages.mjs';
import { redirects } from './src/config/redirects.mjs';
import { sidebar } from './src/config/sidebar.mjs';
import { SITE_URL, USES_PLACEHOLDER_URL } from './src/config/site.mjs';
import leanCss from './src/integrations/lean-css.ts';
import noSidebarState from './src/integrations/no-sidebar-state.ts';
import spanishEdition from './src/integrations/spanish-edition.ts';
import postbuild from './src/integrations/postbuild/index.ts';
import themeWithoutScript from './src/integrations/theme-without-script.ts';
import patientSearch from './src/plugins/patient-search/index.ts';

if (USES_PLACEHOLDER_URL && process.argv.includes('build')) {
  // Loud on purpose: a clinic that prints these pages would hand out links that open nothing.
  console.warn(
    `\n\x1b[33m⚠  SITE_URL is not set: printed links and QR codes point at the placeholder ${SITE_URL}.\n` +
      `   Fine for trying the site; before printing or deploying, build with SITE_URL=https://your.address npm run build\x1b[0m\n`,
  );
}

export default defineConfig({
  site: SITE_URL,
  // Printed links and QR codes use the trailing-slash form; make every other form a 404 in dev too.
  trailingSlash: 'always',
  // Printed short links (/go/…) and pages that moved. Static builds write each as a small HTML
  // page with a meta refresh and a plain link, so they work with JavaScript off.
  redirects,
  // The site has no code samples: no Shiki, so no inline colour styles to allow in the CSP.
  // Headings get their ids first, before the plugins that read them (the links checker): without
  // Starlight's heading links (below) nothing else gives them ids that early.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [satteriHeadingIdsPlugin()] }) },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Every MDX page triggers this warning from the bundler (a known, harmless upstream bug,
          // withastro/astro#18087): 44 coloured blocks that hide the lines a reader needs.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  // Starlight turns on prefetching of every link by default: a 1.1 KB gzip script on every page,
  // and pages fetched before a reader asks for them, which costs data on a phone plan.
  prefetch: false,
  integrations: [
    // Stops a build whose Spanish edition misses a page, leaves English in one, or reads too hard.
    spanishEdition(),
    starlight({
      title: 'Kyphoplasty Guide',
      description:
        'Plain, cited information about kyphoplasty for spinal compression fractures, and how to choose who does it.',
      // English lives at the root; the Spanish edition at /es/, once published (src/config/languages.mjs).
      defaultLocale: 'root',
      locales: SPANISH_EDITION_PUBLISHED ? { root: { label: 'English', lang: 'en' }, es: { label: 'Español', lang: 'es' } } : { root: { label: 'English', lang: 'en' } },
      expressiveCode: false,
      // "On this page" lists the main sections only: a shorter list is easier to scan, and pages
      // with many questions (FAQ, questions to ask) would otherwise repeat dozens of links twice.
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 2 },
      // No link icon after each heading. Patient sites (NHS, GOV.UK, MedlinePlus) have none: each
      // one is an extra stop for keyboard and screen-reader users ("Section titled …"), and they
      // cost about 400 bytes gzip a page. "On this page" still gives every section its address.
      markdown: { headingLinks: false },
      favicon: '/favicon.svg',
      // print.css is not listed here: it joins Starlight's print stylesheet (src/integrations/lean-css.ts).
      customCss: ['./src/styles/theme.css', './src/styles/reflow.css'],
      components: {
        Footer: './src/components/overrides/Footer.astro',
        LanguageSelect: './src/components/overrides/LanguageSelect.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        MobileTableOfContents: './src/components/overrides/MobileTableOfContents.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
        TableOfContents: './src/components/overrides/TableOfContents.astro',
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
      },
      // The picture shown when a page is shared, in the page's language: src/route-data.ts.
      routeMiddleware: './src/route-data.ts',
      head: [
        // Links to sources should not tell other sites which health page a reader was on.
        { tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' } },
        // Printed internal links show the full address (see src/styles/print.css).
        { tag: 'style', content: `:root{--kg-origin:${JSON.stringify(SITE_URL.replace(/\/$/, ''))}}` },
      ],
      sidebar,
      // Site search: the dialog, Pagefind index (one per language), ranking and patient words
      // (src/plugins/patient-search/README.md).
      plugins: [patientSearch(), starlightLinksValidator({ errorOnRelativeLinks: true })],
    }),
    // The sitemap Starlight would add for itself (it steps aside when one is configured), with each
    // page's other language as an alternate, and without the Spanish not-found page: a page of its
    // own at /es/404/ only so the server can answer missing /es/ addresses with it.
    sitemap({
      i18n: SPANISH_EDITION_PUBLISHED ? { defaultLocale: 'root', locales: { root: 'en', [SPANISH_DIR]: 'es' } } : undefined,
      filter: (page) => !page.endsWith(`/${SPANISH_DIR}/404/`),
    }),
    // Reading a page stores nothing in the browser (see src/content/docs/about/privacy.mdx).
    noSidebarState(),
    // Pages follow the system's light or dark setting with JavaScript off, too.
    themeWithoutScript(),
    // Drops styles of Starlight components the site never renders; moves print.css off the first paint.
    leanCss(),
    // Writes the security headers and nginx files, precompresses dist/.
    postbuild(),
  ],
});
