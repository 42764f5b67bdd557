/**
 * `npm run serve`: serves the built dist/ with nginx and the production config (headers, CSP,
 * caching, redirects) on 127.0.0.1, to try the site exactly as deployed. Ctrl+C stops it.
 * `npm start` (astro preview) is quicker but sends none of the production headers.
 */
import { startNginx } from './lib/nginx.ts';

const server = await startNginx('dist');
console.log(`Serving dist/ with nginx at ${server.baseUrl}/ (Ctrl+C to stop)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.stop().then(() => process.exit(0)));
}
