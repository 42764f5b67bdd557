import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/**
 * Three projects, in the order `npm test` runs them (scripts/test.ts):
 *  - unit: pure logic in src/lib and the content rules, in Node. Runs before the build.
 *  - built: the files the build wrote to dist/ (citations, metadata, the knowledge-base rules),
 *    read in Node without a browser or a server. Seconds.
 *  - site: the built site in Debian's Chromium (playwright-core), served by nginx with the
 *    production config on 127.0.0.1 (test/site/setup/serve-dist.ts). Every page is visited once
 *    (test/site/every-page.test.ts); the other files each test one feature.
 */
export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    projects: [
      // Property tests run thousands of cases and the unit tests share two cores with the type
      // checker and the build (scripts/test.ts): a busy machine should slow them, not fail them.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      { extends: true, test: { name: 'built', include: ['test/built/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/site/setup/serve-dist.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // Two test files at a time, each with its own Chromium: on a 2-core machine one file
          // often waits on the network or on a timer while the other computes.
          fileParallelism: true,
          maxWorkers: 2,
          // every-page.test.ts: a few pages' tests at a time, each waiting for its page's one visit.
          maxConcurrency: 4,
        },
      },
    ],
  },
});
