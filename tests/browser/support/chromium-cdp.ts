/**
 * Chromium with the built extension under puppeteer-core, for tests that need the DevTools protocol on every
 * target (the extension's service worker and pages, and web pages), which Playwright does not expose.
 */
import puppeteer, { type Browser, type Target } from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium';
import { requireBuild } from './paths';

export interface RecordedRequest {
  /** Which context made it: the target's type and URL. */
  context: string;
  url: string;
}

export interface CdpBrowser {
  browser: Browser;
  extensionId: string;
  /** Every http(s)/ws(s) request made by an extension context (worker, extension page, content script). */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const NETWORK = /^(https?|wss?|ftp):/i;

export async function launchChromiumCdp(): Promise<CdpBrowser> {
  const dist = requireBuild('chromium');
  const profile = mkdtempSync(join(tmpdir(), 'privacy-radar-cdp-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    pipe: true,
    protocolTimeout: 30_000,
    userDataDir: profile,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
  });
  const requests: RecordedRequest[] = [];
  const watched = new WeakSet<Target>();
  const watch = async (target: Target) => {
    if (
      watched.has(target) ||
      !['page', 'service_worker', 'background_page', 'other'].includes(target.type())
    )
      return;
    watched.add(target);
    try {
      const session = await target.createCDPSession();
      await session.send('Network.enable');
      session.on('Network.requestWillBeSent', (event) => {
        if (!NETWORK.test(event.request.url)) return;
        const own = target.url().startsWith('chrome-extension://');
        const frames = event.initiator.stack?.callFrames ?? [];
        const byContentScript =
          frames.some((f) => f.url.startsWith('chrome-extension://')) ||
          (event.initiator.url ?? '').startsWith('chrome-extension://');
        if (own || byContentScript)
          requests.push({ context: `${target.type()} ${target.url()}`, url: event.request.url });
      });
    } catch {
      // The target went away before we could attach.
    }
  };
  browser.on('targetcreated', (t: Target) => void watch(t));
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
  );
  for (const t of browser.targets()) await watch(t);
  const extensionId = new URL(worker.url()).host;
  return {
    browser,
    extensionId,
    requests,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
