/**
 * The lint rules that keep page text and stored data from ever being run or parsed as HTML, and that keep the
 * architecture's seams, are real: the project's own ESLint configuration, through ESLint's Node API, rejects
 * each forbidden construct in the places it is forbidden (and accepts the same file without it, so a rejection
 * is the rule's doing, not a parse error).
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

/** The rules `code` breaks at `filePath` (errors only; a parse error fails the test instead). */
async function errorsOf(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  if (!result) throw new Error(`no lint result for ${filePath}`);
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0)
    throw new Error(`${filePath} does not parse: ${fatal.map((m) => m.message).join('; ')}`);
  return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? '(no rule)');
}

const PLACES = ['src/content/lint-probe.ts', 'src/popup/lint-probe.ts', 'src/background/lint-probe.ts'];

describe('lint rules', () => {
  it('lints the probe files (they are not ignored) and finds nothing in clean code', async () => {
    for (const place of PLACES) {
      expect(await eslint.isPathIgnored(place), place).toBe(false);
      expect(
        await errorsOf(
          'export function show(el: HTMLElement, x: string): void {\n  el.textContent = x;\n}\n',
          place,
        ),
        place,
      ).toEqual([]);
    }
  });

  it.each<[string, string, string]>([
    [
      'el.innerHTML = x',
      'export function show(el: HTMLElement, x: string): void {\n  el.innerHTML = x;\n}\n',
      'no-restricted-properties',
    ],
    [
      'el.outerHTML = x',
      'export function show(el: HTMLElement, x: string): void {\n  el.outerHTML = x;\n}\n',
      'no-restricted-properties',
    ],
    [
      'insertAdjacentHTML',
      "export function show(el: HTMLElement, x: string): void {\n  el.insertAdjacentHTML('beforeend', x);\n}\n",
      'no-restricted-properties',
    ],
    ['eval', 'export function run(x: string): unknown {\n  return eval(x);\n}\n', 'no-eval'],
    [
      'indirect eval',
      'export function run(x: string): unknown {\n  return globalThis.eval(x);\n}\n',
      'no-eval',
    ],
    [
      'new Function',
      "export function run(x: string): unknown {\n  return new Function('a', x);\n}\n",
      'no-new-func',
    ],
    [
      'Function()',
      "export function run(x: string): unknown {\n  return Function('a', x);\n}\n",
      'no-new-func',
    ],
    [
      'setTimeout with a string',
      "export function later(x: string): void {\n  setTimeout('run(' + x + ')', 1);\n}\n",
      'no-implied-eval',
    ],
  ])('rejects %s in content scripts, extension pages and the background', async (_name, code, rule) => {
    for (const place of PLACES) expect(await errorsOf(code, place), place).toContain(rule);
  });

  it('rejects dangerouslySetInnerHTML in extension pages', async () => {
    const code =
      'export function Note(props: { html: string }) {\n  return <p dangerouslySetInnerHTML={{ __html: props.html }} />;\n}\n';
    expect(await errorsOf(code, 'src/popup/library/LintProbe.tsx')).toContain('no-restricted-syntax');
    expect(await errorsOf(code, 'src/content/card/LintProbe.tsx')).toContain('no-restricted-syntax');
    const clean = 'export function Note(props: { text: string }) {\n  return <p>{props.text}</p>;\n}\n';
    expect(await errorsOf(clean, 'src/popup/library/LintProbe.tsx')).toEqual([]);
  });

  it("allows 'webextension-polyfill' only in the seam, src/shared/browser.ts", async () => {
    const code = "import browser from 'webextension-polyfill';\n\nexport const id = browser.runtime.id;\n";
    for (const place of [...PLACES, 'src/shared/messaging.ts', 'src/core/lint-probe.ts']) {
      expect(await errorsOf(code, place), place).toContain('no-restricted-imports');
    }
    expect(await errorsOf(code, 'src/shared/browser.ts')).toEqual([]);
  });

  it.each<[string, string]>([
    ['document', 'export const title = (): string => document.title;\n'],
    ['window', 'export const width = (): number => window.innerWidth;\n'],
    ['fetch', "export const get = (): Promise<Response> => fetch('https://example.com/');\n"],
    ['indexedDB', "export const open = () => indexedDB.open('x');\n"],
    ['chrome', 'export const id = (): string => chrome.runtime.id;\n'],
  ])('keeps core/ free of %s (it runs anywhere, touches nothing)', async (_name, code) => {
    expect(await errorsOf(code, 'src/core/lint-probe.ts')).toContain('no-restricted-globals');
    // The same code is allowed where the platform is the point (the rule is scoped, not global).
    expect(await errorsOf(code, 'src/background/lint-probe.ts')).not.toContain('no-restricted-globals');
  });

  it.each<[string, string]>([
    ['indexedDB', "export const open = () => indexedDB.open('x');\n"],
    ['localStorage', "export const read = () => localStorage.getItem('x');\n"],
  ])(
    'keeps the content script away from the page origin’s %s (the background owns storage)',
    async (_n, code) => {
      expect(await errorsOf(code, 'src/content/lint-probe.ts')).toContain('no-restricted-globals');
      expect(await errorsOf(code, 'src/background/lint-probe.ts')).not.toContain('no-restricted-globals');
    },
  );
});
