/**
 * Content Security Policy and remote code (issue 8). The extension pages' CSP is the strict MV3 default — scripts
 * from the extension itself only, no eval of any kind, no remote host — in manifest.json (the built manifests
 * are checked by tests/browser/built-csp.test.ts, after the build). Our own source (not minified vendor code,
 * which may carry such strings harmlessly) never evaluates strings as code, never writes HTML from strings, and
 * loads no code from the network.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectStrict, filesUnder, readJson } from './csp-policy';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

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
