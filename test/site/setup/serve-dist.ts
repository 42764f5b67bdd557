/**
 * Serves the built site (dist/) on 127.0.0.1 for the browser tests, on a free port, and hands
 * its address to the tests as `inject('baseUrl')`. Set BASE_URL to test a server you started
 * yourself instead (for example a deployed copy).
 */
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function serveDist(project: TestProject) {
  if (process.env.BASE_URL) {
    project.provide('baseUrl', process.env.BASE_URL.replace(/\/$/, ''));
    return;
  }
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the site tests.');
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  return async () => server.stop();
}
