/** The build's security step: which scripts get hashed, the policy it writes, and its nginx files. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, inlineHandlers, inlineScripts } from '../../src/lib/build/inline-scripts';
import { nginxRedirects } from '../../src/lib/build/nginx-redirects';
import { unusedPagefindFiles } from '../../src/plugins/patient-search/build/pagefind-files';
import { contentSecurityPolicy, MAX_HEADER_LINE, netlifyHeaders, nginxHeaders, securityHeaders } from '../../src/lib/build/security-headers';

describe('inline scripts', () => {
  const page = `<head><script>a()</script><script type="module">b()</script><script src="/x.js"></script>
    <script type="application/ld+json">{"@type":"WebPage"}</script><script aria-hidden="true">
c()
</script><script data-src="y" type=module>d()</script></head>`;

  it('finds every script the browser runs, exactly as written, and skips files and data', () => {
    expect(inlineScripts(page)).toEqual(['a()', 'b()', '\nc()\n', 'd()']);
  });

  it('hashes the exact text between the tags, as browsers do', () => {
    const expected = createHash('sha256').update('\nc()\n').digest('base64');
    expect(cspHash('\nc()\n')).toBe(`'sha256-${expected}'`);
    // The known hash of an empty script, from the CSP specification's examples.
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('finds inline event handlers and javascript: links, but not words that look like them', () => {
    expect(inlineHandlers('<p>Turn on="x" the light</p><a href="/on">on</a>')).toEqual([]);
    expect(inlineHandlers('<script>el.innerHTML = "<b onclick=x>"</script>')).toEqual([]);
    expect(inlineHandlers('<img src="a.png" alt="a > b" onerror="x()">')).toEqual(['<img onerror=…>']);
    expect(inlineHandlers('<a href="javascript:void(0)">x</a>')).toHaveLength(1);
  });
});

describe('security headers', () => {
  const headers = securityHeaders(["'sha256-b'", "'sha256-a'", "'sha256-a'"]);

  it('allows scripts only from the site and by hash, sorted and without duplicates', () => {
    expect(contentSecurityPolicy(["'sha256-b'", "'sha256-a'", "'sha256-a'"])).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
  });

  it('writes the same headers for Netlify/Cloudflare and for nginx', () => {
    const file = netlifyHeaders(headers);
    expect(file).toMatch(/^\/\*\n(?: {2}[A-Za-z-]+: .+\n){8}\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable\n\/pagefind\/\*\n {2}Cache-Control: public, max-age=3600\n$/m);
    for (const [name, value] of headers) {
      expect(file).toContain(`  ${name}: ${value}\n`);
      expect(nginxHeaders(headers)).toContain(`add_header ${name} "${value}" always;\n`);
    }
  });

  it('refuses a policy longer than Cloudflare Pages accepts', () => {
    const many = Array.from({ length: 40 }, (_, i) => cspHash(String(i)));
    expect(() => netlifyHeaders(securityHeaders(many))).toThrow(String(MAX_HEADER_LINE));
  });

  it('refuses values nginx would misread', () => {
    expect(() => nginxHeaders([['X-Test', 'a "quoted" $value']])).toThrow(/nginx/);
  });
});

describe('nginx redirects', () => {
  it('answers both spellings of each short link with the configured status', () => {
    const { conf, skipped } = nginxRedirects({ '/go/scorer': '/choosing-a-provider/question-scorer/', '/go/old/': { status: 302, destination: '/faq/' } });
    expect(conf).toContain(
      'location = /go/scorer {\n  include kyphoplasty-guide/security-headers.conf;\n  add_header Cache-Control "no-cache" always;\n  return 301 /choosing-a-provider/question-scorer/;\n}',
    );
    expect(conf).toContain('location = /go/scorer/ {');
    expect(conf).toContain('location = /go/old/ {\n  include kyphoplasty-guide/security-headers.conf;\n  add_header Cache-Control "no-cache" always;\n  return 302 /faq/;\n}');
    expect(skipped).toEqual([]);
  });

  it('leaves routes with parameters to their generated pages', () => {
    expect(nginxRedirects({ '/go/[name]': '/x/' })).toMatchObject({ skipped: ['/go/[name]'] });
  });

  it('writes an empty rule file when there are no redirects', () => {
    expect(nginxRedirects({}).conf).toMatch(/^# Generated[^\n]*\n$/);
  });

  it.each([
    [{ '/go/a b': '/x/' }, /source/],
    [{ '/go/a': '/x/"; return 200 "' }, /destination/],
    [{ '/go/a': 'http://insecure.example/' }, /destination/],
    [{ '/go/a': { status: 200, destination: '/x/' } }, /status/],
  ])('refuses a redirect nginx could not carry safely: %j', (redirects, message) => {
    expect(() => nginxRedirects(redirects)).toThrow(message);
  });
});

describe('Pagefind files', () => {
  const files = [
    'pagefind.js',
    'pagefind-worker.js',
    'pagefind-entry.json',
    'pagefind-ui.js',
    'pagefind-ui.css',
    'pagefind-component-ui.js',
    'pagefind-component-ui.css',
    'pagefind-modular-ui.js',
    'pagefind-modular-ui.css',
    'pagefind-highlight.js',
    'wasm.en.pagefind',
    'wasm.unknown.pagefind',
    'pagefind.en_abc.pf_meta',
    'index/en_abc.pf_index',
    'fragment/en_abc.pf_fragment',
    'filter/en_abc.pf_filter',
    'something-new.js',
  ];

  it('drops the interface bundles and unused language engines, keeps the engine, index and anything unknown', () => {
    expect(unusedPagefindFiles(files, { languages: { en: { hash: 'en_abc', wasm: 'en' } } }).sort()).toEqual(
      ['pagefind-component-ui.css', 'pagefind-component-ui.js', 'pagefind-highlight.js', 'pagefind-modular-ui.css', 'pagefind-modular-ui.js', 'pagefind-ui.css', 'pagefind-ui.js', 'wasm.unknown.pagefind'].sort(),
    );
  });

  it('keeps the generic engine for a language Pagefind cannot stem', () => {
    expect(unusedPagefindFiles(files, { languages: { xx: { hash: 'xx_1', wasm: null } } })).toContain('wasm.en.pagefind');
    expect(unusedPagefindFiles(files, { languages: { xx: { hash: 'xx_1', wasm: null } } })).not.toContain('wasm.unknown.pagefind');
  });
});
