/**
 * `npm test`: every check, in order, then how long each stage took.
 *
 *  0. What the browser tests and the HTML checker need from Debian (scripts/lib/prerequisites.ts):
 *     installed with apt when this runs as root (or with passwordless sudo), otherwise one line
 *     that names the command to run, within the first seconds.
 *  1. astro check (TypeScript) and the unit tests, side by side: one is mostly the type checker,
 *     the other mostly waiting on files, so together they take little longer than either.
 *  2. The production build.
 *  3. The HTML checks (html-validate and the Nu HTML Checker) and the built-file tests.
 *  4. The browser tests against nginx.
 *
 * Stops at the first stage that fails, and still prints the times so far.
 */
import { spawn } from 'node:child_process';
import { ensurePrerequisites } from './lib/prerequisites.ts';

interface Stage {
  name: string;
  /** npm scripts run side by side; their output is printed whole, one after the other. */
  scripts: string[];
}

const STAGES: Stage[] = [
  { name: 'type check + unit tests', scripts: ['check', 'test:unit'] },
  { name: 'build', scripts: ['build'] },
  { name: 'HTML checks + built-file tests', scripts: ['validate:html', 'test:built'] },
  { name: 'browser tests', scripts: ['test:site'] },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
const times: [string, number, boolean][] = [];

function run(script: string, live: boolean): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

function report(): void {
  const total = times.reduce((n, [, ms]) => n + ms, 0);
  console.log('\nnpm test, time per stage:');
  for (const [name, ms, ok] of times) console.log(`  ${name.padEnd(32)} ${seconds(ms).padStart(6)}${ok ? '' : '  FAILED'}`);
  console.log(`  ${'total'.padEnd(32)} ${seconds(total).padStart(6)}`);
}

const started = Date.now();
const ready = await ensurePrerequisites();
times.push(['set-up check', Date.now() - started, ready]);
if (!ready) process.exit(1);

for (const stage of STAGES) {
  const start = Date.now();
  console.log(`\n── ${stage.name} ──`);
  const live = stage.scripts.length === 1;
  const results = await Promise.all(stage.scripts.map((s) => run(s, live)));
  if (!live) for (const [i, r] of results.entries()) process.stdout.write(`\n> npm run ${stage.scripts[i]}\n${r.output}`);
  const ok = results.every((r) => r.ok);
  times.push([stage.name, Date.now() - start, ok]);
  if (!ok) {
    report();
    process.exit(1);
  }
}
report();
