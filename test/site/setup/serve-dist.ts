/**
 * Serves the built site (dist/) for the browser tests the way production does: Debian's nginx
 * with deploy/nginx/site.conf and the headers the build generated, on 127.0.0.1 and a free port
 * (see scripts/lib/nginx.ts). Hands its address to the tests as `inject('baseUrl')`. Set
 * BASE_URL to test a server you started yourself instead (for example a deployed copy).
 */
import type { TestProject } from 'vitest/node';
import { serveSite } from '../../../scripts/lib/nginx';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function serveDist(project: TestProject) {
  const site = await serveSite(() => {
    throw new Error('dist/ is missing: run `npm run build` before the site tests.');
  });
  project.provide('baseUrl', site.baseUrl);
  return site.stop;
}
