/**
 * Real Chromium with the built extension: a persistent context (extensions need one), a fresh profile, the
 * extension id read from its service worker's URL.
 */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireBuild } from './paths';

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH. ' +
        'Set SKIP_CHROMIUM=1 to skip Chromium tests on your own machine (CI never does).',
    );
  }
  return found;
}

/** Flags for every Chromium the tests start: no sandbox as root, and none of its own network traffic. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium without the extension: what a page is like when we are not there (for comparisons). */
export function launchPlainChromium(): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

export const skipChromium = process.env.SKIP_CHROMIUM === '1' && process.env.CI !== 'true';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export async function launchChromium(
  options: { headless?: boolean; profile?: string; dist?: string } = {},
): Promise<ExtensionBrowser> {
  // `dist`: another build of the extension (benchmarks compare builds of two commits).
  const dist = options.dist ?? requireBuild('chromium');
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'privacy-radar-chromium-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false, // `--headless=new` below: the old headless mode cannot load extensions.
    args: [
      ...(headless ? ['--headless=new'] : []),
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
    ],
    viewport: { width: 1200, height: 900 },
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: async () => {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
