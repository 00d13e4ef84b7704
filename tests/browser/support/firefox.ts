/**
 * Real Firefox with the built extension, over WebDriver BiDi (puppeteer-core), installed as a temporary
 * add-on. Firefox refuses automation of `moz-extension://` pages here, so tests drive web pages only; the
 * probe build (tests/browser/probe) lets a test page send raw messages through a content script.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { READ_HIGHLIGHTS, type HighlightTexts } from './page-state';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireBuild } from './paths';

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'Firefox not found. Install it (Debian: apt-get install -y --no-install-recommends firefox-esr) or set ' +
        'FIREFOX_PATH. Set SKIP_FIREFOX=1 to skip Firefox tests on your own machine (CI never does).',
    );
  }
  return found;
}

export const skipFirefox = process.env.SKIP_FIREFOX === '1' && process.env.CI !== 'true';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchFirefox(
  target: 'firefox' | 'firefox-probe' = 'firefox',
): Promise<FirefoxWithExtension> {
  const dist = requireBuild(target);
  const profile = mkdtempSync(join(tmpdir(), 'privacy-radar-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocol: 'webDriverBiDi',
    userDataDir: profile,
    extraPrefsFirefox: {
      // No network but loopback: keep Firefox's own background services quiet.
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  const extensionId = await browser.installExtension(dist);
  return {
    browser,
    extensionId,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until `check` holds for the page's highlights (read from the main world), and returns them. */
export async function firefoxHighlights(
  page: Page,
  check: (h: HighlightTexts) => boolean,
): Promise<HighlightTexts> {
  let last: HighlightTexts | undefined;
  for (let i = 0; i < 200; i++) {
    last = (await page.evaluate(READ_HIGHLIGHTS)) as HighlightTexts;
    if (check(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`highlights never matched; last seen: ${JSON.stringify(last)}`);
}

/** Sends a raw message to the background through the probe content script (test build only). */
export async function probe(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(
    (m) =>
      new Promise((resolve) => {
        const onReply = (event: MessageEvent) => {
          if (event.data?.probeReply !== 'privacy-radar-probe') return;
          window.removeEventListener('message', onReply);
          resolve(event.data.reply);
        };
        window.addEventListener('message', onReply);
        window.postMessage({ probe: 'privacy-radar-probe', message: m }, '*');
      }),
    message,
  );
}
