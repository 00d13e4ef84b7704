/**
 * The checks of the extension's Content Security Policy shared by the unit test (manifest.json, our source) and
 * the browser suite's check of the built manifests (which exist only once the browser suite has built them).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export interface Manifest {
  manifest_version: number;
  content_security_policy?: Record<string, string>;
  sandbox?: unknown;
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  background?: { service_worker?: string; scripts?: string[] };
}

export const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Manifest;

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
export function expectStrict(manifest: Manifest, where: string): void {
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

export function filesUnder(dir: string, test: (path: string) => boolean): string[] {
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
