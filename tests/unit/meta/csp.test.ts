/**
 * Content Security Policy and remote code (issue 8). The extension pages' CSP is the strict MV3 default — scripts
 * from the extension itself only, no eval of any kind, no remote host — in manifest.json and, when a build exists,
 * in every built manifest. Our own source (not minified vendor code, which may carry such strings harmlessly)
 * never evaluates strings as code, never writes HTML from strings, and loads no code from the network.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const dist = join(repoRoot, 'dist');

interface Manifest {
  manifest_version: number;
  content_security_policy?: Record<string, string>;
  sandbox?: unknown;
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  background?: { service_worker?: string; scripts?: string[] };
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Manifest;

/** A CSP as directive → sources. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(directives.has(name.toLowerCase()), `${name} given twice`).toBe(false);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Fails unless `manifest` keeps the strict default policy for its pages and opens no other door. */
function expectStrict(manifest: Manifest, where: string): void {
  expect(manifest.manifest_version, where).toBe(3);
  const csp = manifest.content_security_policy ?? {};
  // Only the extension pages' policy may be set; no sandboxed pages with a policy of their own.
  expect(Object.keys(csp), where).toEqual(['extension_pages']);
  expect(manifest.sandbox, where).toBeUndefined();
  const directives = parseCsp(csp.extension_pages!);
  expect(directives.get('script-src'), `${where}: script-src`).toEqual(["'self'"]);
  expect(['none', 'self'].map((s) => `'${s}'`)).toContain(directives.get('object-src')?.join(' '));
  for (const [name, sources] of directives) {
    for (const source of sources) {
      expect(source, `${where}: ${name}`).not.toMatch(
        /^'(unsafe-eval|unsafe-inline|wasm-unsafe-eval|unsafe-hashes|strict-dynamic)'$|^(https?|wss?|data|blob|filesystem):|^\*|\.|\/\//i,
      );
    }
  }
  // Neither web pages nor other extensions may message us, nor load our files.
  expect(manifest.externally_connectable, where).toBeUndefined();
  expect(manifest.web_accessible_resources, where).toBeUndefined();
}

function filesUnder(dir: string, test: (path: string) => boolean): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) stack.push(path);
      else if (test(path)) out.push(path);
    }
  }
  return out.sort();
}

/** Constructs that run strings as code, write HTML from strings, load remote code or use the network. */
const FORBIDDEN: [string, RegExp][] = [
  ['eval(', /\beval\s*\(/],
  ['new Function(', /\bnew\s+Function\s*\(/],
  ['Function(…) as a constructor', /(^|[^.\w])Function\s*\(\s*['"`]/],
  ['setTimeout/setInterval with a string', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
  ['innerHTML / outerHTML', /\.(inner|outer)HTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['a remote import', /\bimport\s*\(?\s*['"`](https?:)?\/\//],
  ['fetch(', /(^|[^.\w])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
];

describe('content security policy', () => {
  it('is the strict default in manifest.json', () => {
    expectStrict(readJson(join(repoRoot, 'manifest.json')), 'manifest.json');
  });

  it.skipIf(!existsSync(dist))(
    'is the strict default in every built manifest, whose pages load local scripts only',
    () => {
      const manifests = filesUnder(dist, (path) => path.endsWith('manifest.json'));
      expect(manifests.length).toBeGreaterThan(0);
      for (const path of manifests) expectStrict(readJson(path), relative(repoRoot, path));
      for (const page of filesUnder(dist, (path) => path.endsWith('.html'))) {
        const html = readFileSync(page, 'utf8');
        const where = relative(repoRoot, page);
        for (const [, src] of html.matchAll(
          /<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']([^"']*)["']/gi,
        )) {
          expect(src, where).not.toMatch(/^(\/\/|[a-z][a-z0-9+.-]*:)/i);
        }
        // Inline scripts would be blocked by the policy anyway; none are shipped.
        for (const [, body] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi))
          expect(body!.trim(), where).toBe('');
        expect(html, where).not.toMatch(/\son[a-z]+\s*=/i);
      }
    },
  );
});

describe('our source', () => {
  const sources = filesUnder(join(repoRoot, 'src'), (path) => /\.(ts|tsx|js|mjs|html)$/.test(path));

  it('is where it is expected', () => {
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.map((path) => relative(repoRoot, path))).toEqual(
      expect.arrayContaining(['src/background/router.ts', 'src/content/index.ts', 'src/popup/popup.html']),
    );
  });

  it.each(FORBIDDEN)('never uses %s', (_name, pattern) => {
    const found: string[] = [];
    for (const path of sources) {
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (pattern.test(line)) found.push(`${relative(repoRoot, path)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('has extension pages that load their scripts from the extension only, with no inline script', () => {
    for (const page of sources.filter((path) => path.endsWith('.html'))) {
      const html = readFileSync(page, 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes, page).toMatch(/\bsrc\s*=\s*["']\.{0,2}\/[^/]/);
        expect(body!.trim(), page).toBe('');
      }
      expect(html, page).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });

  it('catches what it looks for', () => {
    const sample = [
      'el.innerHTML = x;',
      'return eval(code);',
      "new Function('a', body)",
      "setTimeout('tick()', 5)",
      "await import('https://cdn.example/x.js')",
      "fetch('/api')",
      "const f = Function('return 1')",
    ];
    for (const line of sample) {
      expect(
        FORBIDDEN.some(([, pattern]) => pattern.test(line)),
        line,
      ).toBe(true);
    }
    for (const line of ['const evaluation = 1;', 'refetch(x)', 'obj.fetch(x)', 'textContent = x']) {
      expect(
        FORBIDDEN.some(([, pattern]) => pattern.test(line)),
        line,
      ).toBe(false);
    }
  });
});
