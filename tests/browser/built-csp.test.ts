/**
 * The built extension (every target of `npm run build:all`, which the browser suite runs first) keeps the strict
 * default Content Security Policy, and its pages load local scripts only. No skip: without a build this fails.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectStrict, filesUnder, readJson } from '../unit/meta/csp-policy';
import { repoRoot } from './support/paths';

const dist = join(repoRoot, 'dist');

describe('content security policy of the build', () => {
  it('is the strict default in every built manifest, whose pages load local scripts only', () => {
    const manifests = filesUnder(dist, (path) => path.endsWith('manifest.json'));
    expect(manifests.length).toBeGreaterThan(0);
    for (const path of manifests) expectStrict(readJson(path), relative(repoRoot, path));
    for (const page of filesUnder(dist, (path) => path.endsWith('.html'))) {
      const html = readFileSync(page, 'utf8');
      const where = relative(repoRoot, page);
      for (const [, src] of html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']([^"']*)["']/gi)) {
        expect(src, where).not.toMatch(/^(\/\/|[a-z][a-z0-9+.-]*:)/i);
      }
      // Inline scripts would be blocked by the policy anyway; none are shipped.
      for (const [, body] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi))
        expect(body!.trim(), where).toBe('');
      expect(html, where).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });
});
