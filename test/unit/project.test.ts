/**
 * The project's own promises: pinned toolchain, the Node 24 runtime on a Node 20 machine, the
 * README's two commands and the CI script that runs them, and the site configuration choices
 * (English at the root, no code highlighting, links validated at build).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/content';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json'));
const all = { ...pkg.dependencies, ...pkg.devDependencies } as Record<string, string>;
const major = (name: string) => all[name]?.replace(/^[^\d]*/, '').split('.').slice(0, name === '@astrojs/starlight' ? 2 : 1).join('.');

describe('toolchain', () => {
  it.each([
    ['astro', '7'],
    ['@astrojs/starlight', '0.42'],
    ['vitest', '5'],
    ['typescript', '6'],
  ])('uses %s %s', (name, expected) => expect(major(name)).toBe(expected));

  it('pins its own Node 24 as an exact devDependency, with .nvmrc and engines', () => {
    expect(pkg.devDependencies.node).toMatch(/^24\.\d+\.\d+$/);
    expect(read('.nvmrc').trim()).toBe('24');
    expect(pkg.engines.node).toBe('>=22.12.0');
  });

  it('records the install scripts it relies on, so a stricter npm keeps working', () => {
    expect(pkg.allowScripts).toMatchObject({ node: true, esbuild: true });
  });
});

describe('the README contract', () => {
  const readme = read('README.md');
  it('gives the two commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
    expect(pkg.scripts.start).toMatch(/astro build && (?:\S+=\S+ )*astro preview --host 127\.0\.0\.1/);
    // npm test runs every stage (scripts/test.ts), each an npm script of its own.
    expect(pkg.scripts.test).toBe('node scripts/test.ts');
    const stages = read('scripts/test.ts');
    for (const step of ['sync', 'check', 'test:unit', 'build', 'validate:html', 'test:built', 'test:site']) {
      // A script may be run with its own arguments ('check -- --noSync').
      expect(stages).toMatch(new RegExp(`'${step}(?:'| -- )`));
      expect(pkg.scripts[step], step).toBeDefined();
    }
  });
  it('explains how to add a page, cite a source, add a glossary term and deploy', () => {
    for (const heading of ['### Add a page', '### Cite a source', '### Add a glossary term', '## Deploy']) expect(readme).toContain(heading);
  });
  it('has a CI script that runs exactly the README commands; npm test installs Chromium, nginx and Java when missing', () => {
    const ci = read('.ci/run');
    expect(statSync(join(ROOT, '.ci/run')).mode & 0o111).not.toBe(0);
    expect(ci).not.toMatch(/apt-get/);
    const prerequisites = read('scripts/lib/prerequisites.ts');
    for (const pkgName of ['chromium', 'nginx', 'default-jre-headless']) expect(prerequisites).toContain(`'${pkgName}'`);
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test$/m);
  });
});

describe('site configuration', () => {
  const config = read('astro.config.mjs');
  it('keeps English at the root, so a Spanish edition can be added under /es/ without moving a page', () => {
    expect(config).toMatch(/defaultLocale: 'root'/);
    expect(config).toMatch(/root: \{ label: 'English', lang: 'en' \}/);
  });
  it('turns off code highlighting: the site has no code', () => {
    expect(config).toMatch(/expressiveCode: false/);
    expect(config).toMatch(/syntaxHighlight: false/);
  });
  it('validates every internal link at build time', () => {
    expect(config).toMatch(/starlightLinksValidator\(/);
  });
});

describe('npm test on a machine without its Debian programs', () => {
  it('stops within seconds with one line that names what is missing and how to fix it', () => {
    const started = Date.now();
    const run = spawnSync(process.execPath, ['scripts/test.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: '/nonexistent/chromium', NGINX_PATH: '/nonexistent/nginx' },
    });
    expect(run.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^npm test needs Chromium \(\/nonexistent\/chromium\), nginx \(\/nonexistent\/nginx\).*fix CHROME_PATH, NGINX_PATH/);
    // Nothing else ran: no stage started.
    expect(run.stdout).not.toMatch(/──/);
  });
});
