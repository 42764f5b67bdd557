// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { sidebar } from './src/config/sidebar.mjs';
import { SITE_URL } from './src/config/site.mjs';

export default defineConfig({
  site: SITE_URL,
  // Printed links and QR codes use the trailing-slash form; make every other form a 404 in dev too.
  trailingSlash: 'always',
  // The site has no code samples: no Shiki, so no inline colour styles to allow in the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [
    starlight({
      title: 'Kyphoplasty Guide',
      description:
        'Plain, cited information about kyphoplasty for spinal compression fractures, and how to choose who does it.',
      // English lives at the root. A Spanish edition can be added later as
      // `es: { label: 'Español', lang: 'es' }` with pages under src/content/docs/es/,
      // and no English URL changes.
      defaultLocale: 'root',
      locales: { root: { label: 'English', lang: 'en' } },
      expressiveCode: false,
      favicon: '/favicon.svg',
      customCss: ['./src/styles/theme.css', './src/styles/print.css'],
      components: {
        Footer: './src/components/overrides/Footer.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Search: './src/components/overrides/Search.astro',
      },
      head: [
        // Links to sources should not tell other sites which health page a reader was on.
        { tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' } },
        // Printed internal links show the full address (see src/styles/print.css).
        { tag: 'style', content: `:root{--kg-origin:${JSON.stringify(SITE_URL.replace(/\/$/, ''))}}` },
      ],
      sidebar,
      plugins: [starlightLinksValidator({ errorOnRelativeLinks: true })],
    }),
  ],
});
