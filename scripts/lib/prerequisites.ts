/**
 * The Debian programs `npm test` needs besides Node: Chromium for the browser tests, nginx to
 * serve the built site as production does, and Java for the Nu HTML Checker. npm installs
 * everything else.
 *
 * Missing ones are installed with apt-get when that is possible without asking anyone (root, or
 * passwordless sudo), after saying once what is being installed. Otherwise this prints one line
 * with the exact command to run and returns false, before any test has started.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

interface Need {
  what: string;
  /** Where the program is looked for; an environment variable can point elsewhere. */
  path: () => string;
  env?: string;
  packages: string[];
}

export const CHROME = () => process.env.CHROME_PATH || '/usr/bin/chromium';
export const NGINX = () => process.env.NGINX_PATH || '/usr/sbin/nginx';
export const JAVA = () => process.env.JAVA_PATH || '/usr/bin/java';

const NEEDS: Need[] = [
  { what: 'Chromium', path: CHROME, env: 'CHROME_PATH', packages: ['chromium'] },
  { what: 'nginx', path: NGINX, env: 'NGINX_PATH', packages: ['nginx'] },
  { what: 'Java', path: JAVA, env: 'JAVA_PATH', packages: ['default-jre-headless'] },
];

const works = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** How to run apt-get here without a password prompt, or undefined if that is not possible. */
function aptRunner(): string[] | undefined {
  if (!existsSync('/usr/bin/apt-get')) return undefined;
  if (process.getuid?.() === 0) return [];
  return works('sudo', ['-n', 'true']) ? ['sudo', '-n'] : undefined;
}

export async function ensurePrerequisites(): Promise<boolean> {
  const missing = NEEDS.filter((n) => !existsSync(n.path()));
  if (!missing.length) return true;
  const packages = missing.flatMap((n) => n.packages);
  const pointedElsewhere = missing.filter((n) => n.env && process.env[n.env]);
  const runner = pointedElsewhere.length ? undefined : aptRunner();
  if (!runner) {
    const names = missing.map((n) => `${n.what} (${n.path()})`).join(', ');
    const fix = pointedElsewhere.length
      ? `fix ${pointedElsewhere.map((n) => n.env).join(', ')}, or unset ${pointedElsewhere.length > 1 ? 'them' : 'it'} to use Debian's ${pointedElsewhere.map((n) => n.what).join(' and ')}`
      : `run: sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;
    console.error(`npm test needs ${names}, not found: ${fix}`);
    return false;
  }
  console.log(`npm test is installing what its tests need from Debian, once: ${packages.join(', ')} (apt-get).`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args: string[]) => {
    const [command, ...rest] = [...runner, 'apt-get', ...args];
    return spawnSync(command!, rest, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
  };
  if (!apt(['update', '-qq']) || !apt(['install', '-y', '-qq', '--no-install-recommends', ...packages])) {
    console.error(`npm test could not install ${packages.join(' ')} with apt-get; install them, then run npm test again.`);
    return false;
  }
  const still = missing.filter((n) => !existsSync(n.path()));
  if (still.length) {
    console.error(`apt-get finished, but ${still.map((n) => `${n.what} is still not at ${n.path()}`).join(' and ')}.`);
    return false;
  }
  return true;
}
