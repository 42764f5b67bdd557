/**
 * The project's own promises: pinned toolchain, the Node 24 runtime on a Node 20 machine, the
 * README's two commands and the CI script that runs them, and the site configuration choices
 * (English at the root, no code highlighting, links validated at build).
 */
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
    expect(pkg.scripts.start).toMatch(/astro build && astro preview --host 127\.0\.0\.1/);
    for (const step of ['check', 'test:unit', 'build', 'validate:html', 'test:site']) expect(pkg.scripts.test).toContain(`npm run ${step}`);
  });
  it('explains how to add a page, cite a source, add a glossary term and deploy', () => {
    for (const heading of ['### Add a page', '### Cite a source', '### Add a glossary term', '## Deploy']) expect(readme).toContain(heading);
  });
  it('has a CI script that installs Chromium when missing and runs the README commands', () => {
    const ci = read('.ci/run');
    expect(statSync(join(ROOT, '.ci/run')).mode & 0o111).not.toBe(0);
    expect(ci).toMatch(/chromium/);
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
