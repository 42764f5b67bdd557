/**
 * Finishes dist/ for deployment after Astro, Starlight, site search (which indexes and prunes
 * dist/pagefind/, src/plugins/patient-search/) and the sitemap are done:
 *  1. writes the redirect pages' meta refresh the way the HTML standard spells it;
 *  2. hashes the inline scripts and writes the security headers (dist/_headers, and dist-nginx/
 *     beside dist/);
 *  3. writes nginx redirect rules from astro.config.mjs `redirects` and copies
 *     deploy/nginx/site.conf beside them, so dist-nginx/ is one consistent nginx config (outside
 *     dist/, so a CDN that publishes dist/ never publishes server configuration);
 *  4. precompresses text files for nginx's gzip_static. Always last: it reads the final files.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nginxDirFor } from '../../lib/build/files';
import { nginxRedirects, type RedirectConfig } from '../../lib/build/nginx-redirects';
import { precompress } from './precompress';
import { fixRedirectPages } from './redirect-pages';
import { writeHeaders } from './write-headers';

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

export default function postbuild(): AstroIntegration {
  let root = '';
  let redirects: Record<string, RedirectConfig> = {};
  const finish: AstroIntegration = {
    name: 'kyphoplasty:postbuild',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        redirects = config.redirects as Record<string, RedirectConfig>;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        logger.info(`Wrote the standard meta refresh in ${fixRedirectPages(dist)} redirect pages.`);
        const headers = writeHeaders(dist);
        logger.info(`Hashed ${headers.hashes} inline scripts in ${headers.pages} pages; wrote _headers and ../dist-nginx/security-headers.conf.`);
        const nginx = nginxRedirects(redirects);
        // writeHeaders has made dist-nginx/.
        writeFileSync(join(nginxDirFor(dist), 'redirects.conf'), nginx.conf);
        if (nginx.skipped.length) logger.info(`Redirects with parameters are served by their HTML pages only: ${nginx.skipped.join(', ')}`);
        copyFileSync(join(root, 'deploy', 'nginx', 'site.conf'), join(nginxDirFor(dist), 'site.conf'));
        const gz = precompress(dist);
        logger.info(`Precompressed ${gz.files} files: ${kb(gz.bytes)} → ${kb(gz.gzipBytes)} gzip.`);
      },
    },
  };
  return {
    name: 'kyphoplasty:postbuild-setup',
    hooks: {
      // Integrations added here run after every integration already listed, including the
      // sitemap and link checker that Starlight adds, so the last step sees the finished dist/.
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ integrations: [finish] });
      },
    },
  };
}
