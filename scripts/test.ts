/**
 * `npm test`: every check, in order, then how long each stage took.
 *
 *  0. What the browser tests and the HTML checker need from Debian (scripts/lib/prerequisites.ts):
 *     installed with apt when this runs as root (or with passwordless sudo), otherwise one line
 *     that names the command to run, within the first seconds.
 *  1. astro sync (Astro's generated types), then astro check (TypeScript), the unit tests and the
 *     production build, side by side.
 *  2. The browser tests against nginx, with the HTML checks (html-validate and the Nu HTML
 *     Checker) and the built-file tests beside them.
 *
 * Stops after the first stage that fails, and still prints the times so far, with how busy the
 * processors were during each stage (on Linux).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ensurePrerequisites } from './lib/prerequisites.ts';

interface Stage {
  name: string;
  /** npm scripts run side by side. */
  scripts: string[];
  /** The one whose output is shown as it happens; the others' output is printed whole when they end. */
  live?: string;
}

/**
 * After the sync, two stages, each running its parts side by side: the type checker and the build each keep one
 * core busy, the unit tests fill the gaps; then the browser tests run while the HTML checkers and
 * the built-file tests read dist/. On two cores this takes little longer than the slowest part.
 */
const STAGES: Stage[] = [
  // astro check and astro build each write Astro's generated files in .astro/ (content-assets.mjs
  // through one fixed temporary name), and two writers at once can fail the build with ENOENT.
  // So the content is synced once, alone, and the type check reads it without syncing again.
  { name: 'content sync', scripts: ['sync'] },
  { name: 'type check + unit tests + build', scripts: ['check -- --noSync', 'test:unit', 'build'] },
  { name: 'HTML checks + built-file tests + browser tests', scripts: ['validate:html', 'test:built', 'test:site'], live: 'test:site' },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
/** Stage name, time, passed, and how busy the machine's processors were (null where unknown). */
const times: [string, number, boolean, number | null][] = [];

/**
 * The machine's processor time so far, busy and in all, from Linux's /proc/stat (null elsewhere).
 * A stage that keeps every core busy can only get faster by doing less; one that leaves cores idle
 * is waiting, and more of it could run side by side.
 */
function processorTime(): { busy: number; all: number } | null {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number) as number[];
    const busy = user! + nice! + system! + irq! + softirq! + steal!;
    return { busy, all: busy + idle! + iowait! };
  } catch {
    return null;
  }
}
const busyShare = (from: ReturnType<typeof processorTime>, to: ReturnType<typeof processorTime>) =>
  from && to && to.all > from.all ? (to.busy - from.busy) / (to.all - from.all) : null;
const started = Date.now();

function run(script: string, live: boolean): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', ...script.split(' ')], { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

/** Stage times, each followed by its parts' own times, and the whole run's. */
function report(): void {
  console.log('\nnpm test, time per stage (parts run side by side):');
  for (const [name, ms, ok, busy] of times) {
    const load = busy === null ? '' : `  processors ${Math.round(busy * 100)}% busy`;
    console.log(`  ${name.padEnd(50)} ${seconds(ms).padStart(6)}${ok ? '' : '  FAILED'}${load}`);
  }
  console.log(`  ${'total'.padEnd(50)} ${seconds(Date.now() - started).padStart(6)}`);
}

const ready = await ensurePrerequisites();
times.push(['set-up check', Date.now() - started, ready, null]);
if (!ready) process.exit(1);

for (const stage of STAGES) {
  const start = Date.now();
  const cpuAtStart = processorTime();
  console.log(`\n── ${stage.name} ──`);
  const row: [string, number, boolean, number | null] = [stage.name, 0, true, null];
  times.push(row);
  const results = await Promise.all(
    stage.scripts.map(async (script) => {
      const scriptStart = Date.now();
      const result = await run(script, script === stage.live);
      if (script !== stage.live) process.stdout.write(`\n> npm run ${script}\n${result.output}`);
      times.push([`  ${script}`, Date.now() - scriptStart, result.ok, null]);
      return result;
    }),
  );
  const ok = results.every((r) => r.ok);
  row[1] = Date.now() - start;
  row[2] = ok;
  row[3] = busyShare(cpuAtStart, processorTime());
  if (!ok) {
    report();
    process.exit(1);
  }
}
report();
