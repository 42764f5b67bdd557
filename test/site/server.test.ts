/**
 * The nginx configuration in deploy/nginx/ (issue 13): missing folders answer 404 like any missing
 * page, nginx's own 400 and 414 answers carry the security headers, and the port-80 server sends
 * readers to the configured name, never to whatever Host a request sent. The test runner serves
 * site.conf only, so the port-80 server block is checked as text and, with nginx, on a free port.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { NGINX as nginxPath } from '../../scripts/lib/prerequisites';
import { SPANISH_EDITION_PUBLISHED } from '../../src/config/languages.mjs';

const NGINX = nginxPath();

const baseUrl = inject('baseUrl');
const SECURITY_HEADERS = ['content-security-policy', 'referrer-policy', 'x-content-type-options', 'permissions-policy', 'cross-origin-opener-policy'];

/** Sends raw bytes and returns the raw response (for requests fetch refuses to send). */
function raw(url: string, text: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(text));
    let out = '';
    socket.on('data', (d) => (out += d));
    socket.on('end', () => resolve(out));
    socket.on('error', reject);
  });
}
const status = (response: string) => Number(/^HTTP\/1\.\d (\d{3})/.exec(response)?.[1]);
const headerNames = (response: string) => response.split('\r\n\r\n')[0]!.split('\r\n').slice(1).map((l) => l.split(':')[0]!.toLowerCase());

describe('server', () => {
  it.each(['/go/', '/qr/'])('%s (a folder with no page) answers 404 with the not-found page, not 403', async (path) => {
    const res = await fetch(baseUrl + path, { redirect: 'manual' });
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/<html/i);
    for (const h of SECURITY_HEADERS) expect(res.headers.get(h), h).toBeTruthy();
  });

  it.runIf(SPANISH_EDITION_PUBLISHED)('a missing address under /es/ answers 404 with the Spanish not-found page', async () => {
    const res = await fetch(`${baseUrl}/es/no-existe/`, { redirect: 'manual' });
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="es"/);
    expect(html).toContain('Página no encontrada');
    for (const h of SECURITY_HEADERS) expect(res.headers.get(h), h).toBeTruthy();
    // An English address still gets the English page.
    expect(await (await fetch(`${baseUrl}/no-such-page/`)).text()).toMatch(/^<!DOCTYPE html><html lang="en"/);
  });

  it('a malformed request gets nginx\'s 400 with the security headers', async () => {
    const response = await raw(baseUrl, 'GET /a b c HTTP/1.1\r\nHost: localhost\r\nHost: twice\r\n\r\n');
    expect(status(response)).toBe(400);
    for (const h of SECURITY_HEADERS) expect(headerNames(response), h).toContain(h);
  });

  it('an over-long address gets nginx\'s 414 with the security headers', async () => {
    const response = await raw(baseUrl, `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    expect(status(response)).toBe(414);
    for (const h of SECURITY_HEADERS) expect(headerNames(response), h).toContain(h);
  });

  it('the port-80 server redirects to its configured name, not the request\'s Host', async () => {
    const conf = readFileSync('deploy/nginx/kyphoplasty-guide.conf', 'utf8');
    const http = /server \{[^}]*listen 80;[^}]*\}/.exec(conf.replace(/#.*$/gm, ''))![0];
    expect(http).toMatch(/return 301 https:\/\/\$server_name\$request_uri;/);
    expect(http).not.toMatch(/\$host|\$http_host/);

    // And in nginx itself: that server block alone, on a free port, asked with a hostile Host.
    if (!existsSync(NGINX)) return;
    const prefix = mkdtempSync(join(tmpdir(), 'kg-nginx80-'));
    chmodSync(prefix, 0o755);
    for (const d of ['logs', 'temp']) mkdirSync(join(prefix, d));
    const port = 20000 + Math.floor(Math.random() * 20000);
    const block = http.replace(/listen \[::\]:80;/, '').replace(/listen 80;/, `listen 127.0.0.1:${port};`);
    writeFileSync(
      join(prefix, 'nginx.conf'),
      `daemon off; pid ${prefix}/nginx.pid; error_log ${prefix}/logs/error.log; events {} http { access_log off; client_body_temp_path ${prefix}/temp; proxy_temp_path ${prefix}/temp; fastcgi_temp_path ${prefix}/temp; uwsgi_temp_path ${prefix}/temp; scgi_temp_path ${prefix}/temp; ${block} }`,
    );
    const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'ignore' });
    try {
      let location: string | undefined;
      for (let i = 0; i < 50 && !location; i++) {
        location = await new Promise<string | undefined>((resolve) => {
          const req = request({ host: '127.0.0.1', port, path: '/faq/?x=1', headers: { Host: 'evil.example' } }, (res) => {
            res.resume();
            resolve(res.headers.location);
          });
          req.on('error', () => setTimeout(() => resolve(undefined), 100));
          req.end();
        });
      }
      expect(location).toBe('https://guide.example.org/faq/?x=1');
    } finally {
      child.kill();
      rmSync(prefix, { recursive: true, force: true });
    }
  });
});
