/**
 * Serves a built dist/ with Debian's nginx and the site's own nginx configuration
 * (dist-nginx/site.conf beside dist/, copied by the build from deploy/nginx/site.conf, with its generated
 * headers and redirects), exactly as a production server would, on 127.0.0.1 and a free port.
 *
 * Nothing touches root-owned paths: nginx runs with a temporary prefix (`-p`) that holds its
 * configuration, pid file, logs and temp folders, and with `daemon off;` so it stays a child of
 * this process. NGINX_PATH names another nginx binary.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { nginxDirFor } from '../../src/lib/build/files.ts';
import { NGINX as NGINX_PATH } from './prerequisites.ts';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX = NGINX_PATH();

export interface NginxServer {
  baseUrl: string;
  /** nginx's error log so far, for failure messages. */
  errorLog: () => string;
  stop: () => Promise<void>;
}

/** A port nobody is listening on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The main nginx.conf for a throwaway server: everything the site config needs around it. */
function mainConfig(prefix: string, dist: string, port: number): string {
  const mime = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types', '/opt/homebrew/etc/nginx/mime.types'].find(existsSync);
  if (!mime) throw new Error('nginx mime.types not found (expected /etc/nginx/mime.types).');
  return `# Written by scripts/lib/nginx.ts for one test run.
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 256; }
http {
  include ${mime};
  default_type application/octet-stream;
  sendfile on;
  access_log ${prefix}/logs/access.log;
  client_body_temp_path ${prefix}/temp/client_body;
  proxy_temp_path ${prefix}/temp/proxy;
  fastcgi_temp_path ${prefix}/temp/fastcgi;
  uwsgi_temp_path ${prefix}/temp/uwsgi;
  scgi_temp_path ${prefix}/temp/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${dist};
    include kyphoplasty-guide/site.conf;
  }
}
`;
}

async function waitForHttp(url: string, child: ChildProcess, errorLog: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}:\n${errorLog()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not answer ${url} within 10 s:\n${errorLog()}`);
}

/** Starts nginx on dist/ (default `./dist`). Throws with nginx's own message if the config is bad. */
export async function startNginx(distDir = 'dist'): Promise<NginxServer> {
  const dist = resolve(distDir);
  if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}: apt-get install nginx, or set NGINX_PATH.`);
  if (!existsSync(join(nginxDirFor(dist), 'site.conf'))) throw new Error(`${nginxDirFor(dist)}/ is missing: run \`npm run build\` first.`);

  const prefix = mkdtempSync(join(tmpdir(), 'kg-nginx-'));
  // nginx's workers run as an unprivileged user when the tests run as root; let them in.
  chmodSync(prefix, 0o755);
  for (const dir of ['conf', 'logs', 'temp']) mkdirSync(join(prefix, dir));
  // Relative includes in site.conf ("kyphoplasty-guide/…") resolve from the config folder,
  // as they do from /etc/nginx in production.
  symlinkSync(nginxDirFor(dist), join(prefix, 'conf', 'kyphoplasty-guide'));
  const errorLog = () => {
    try {
      return readFileSync(join(prefix, 'logs', 'error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  const conf = join(prefix, 'conf', 'nginx.conf');
  const args = ['-p', prefix, '-e', join(prefix, 'logs', 'error.log'), '-c', conf];

  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    writeFileSync(conf, mainConfig(prefix, dist, port));
    const test = spawnSync(NGINX, [...args, '-t', '-q'], { encoding: 'utf8' });
    if (test.status !== 0) {
      rmSync(prefix, { recursive: true, force: true });
      throw new Error(`nginx rejected the site configuration:\n${test.stderr}`);
    }
    const child = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += d));
    const baseUrl = `http://127.0.0.1:${port}`;
    try {
      await waitForHttp(`${baseUrl}/`, child, () => stderr + errorLog());
    } catch (error) {
      child.kill('SIGKILL');
      // Another process can take the port between the probe and nginx's bind: try another one.
      if (attempt < 3 && /Address already in use/.test(stderr + errorLog())) continue;
      rmSync(prefix, { recursive: true, force: true });
      throw error;
    }
    const stop = async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT'); // graceful: finish open requests, then exit
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(prefix, { recursive: true, force: true });
    };
    return { baseUrl, errorLog, stop };
  }
}

export interface ServedSite {
  baseUrl: string;
  /** True when nginx serves dist/ here; false when BASE_URL names a server started elsewhere. */
  local: boolean;
  stop: () => Promise<void>;
}

/**
 * The site to test or measure: BASE_URL if set, otherwise dist/ served by nginx. `missingDist`
 * runs when there is no build to serve, so each caller can say what to do in its own words.
 */
export async function serveSite(missingDist: () => never): Promise<ServedSite> {
  if (process.env.BASE_URL) return { baseUrl: process.env.BASE_URL.replace(/\/$/, ''), local: false, stop: async () => {} };
  if (!existsSync('dist/index.html')) missingDist();
  const server = await startNginx('dist');
  return { baseUrl: server.baseUrl, local: true, stop: server.stop };
}
