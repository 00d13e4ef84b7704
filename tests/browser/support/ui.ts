/**
 * Helpers for the popup and library browser tests: the UI language, our own pages opened in a tab, an axe-core
 * check, and README screenshots (written only when UPDATE_SCREENSHOTS=1, so CI never rewrites committed files).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';
import { repoRoot } from './paths';

export type UiLang = 'en' | 'ar';
export const UI_LANGS: readonly UiLang[] = ['en', 'ar'];

/** Text as a person reads it: the first-strong isolates around names and URLs removed, white space collapsed. */
export function plain(text: string): string {
  return text
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Stores the UI language choice (as the settings page does) from one of our pages. */
export async function setUiLang(page: Page, lang: UiLang): Promise<void> {
  await page.evaluate((l) => chrome.storage.local.set({ uiLang: l }), lang);
}

/** Opens the popup's page view for `tabId` in a tab, in `lang`, and waits until it shows the page. */
export async function openPopup(ext: ExtensionBrowser, tabId: number, lang: UiLang): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.extensionUrl(`src/popup/popup.html?tab=${tabId}`));
  await setUiLang(page, lang);
  await page.reload();
  await page.locator(`[data-testid="page-view"][data-tab-id="${tabId}"]`).waitFor();
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
  return page;
}

/** Opens the library at `route` (e.g. "/articles") in `lang`. */
export async function openLibrary(ext: ExtensionBrowser, route: string, lang: UiLang): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.extensionUrl(`src/popup/library.html#${route}`));
  await setUiLang(page, lang);
  await page.reload();
  await page.locator('[data-testid="library"]').waitFor();
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
  return page;
}

/** Goes to another library route in the same page (a hash change, as the links do). */
export async function goRoute(page: Page, route: string, view: string): Promise<void> {
  await page.evaluate((r) => (location.hash = r), route);
  await page.locator(`[data-testid="library"][data-view="${view}"]`).waitFor();
}

let axeSource: string | undefined;

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the page and returns its serious and critical violations. Our pages' CSP forbids injected
 * script tags, so the library's source is evaluated directly (as the DevTools protocol does).
 */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  axeSource ??= readFileSync(
    createRequire(resolve(repoRoot, 'package.json')).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    interface Result {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[] }[];
      }[];
    }
    const axe = (window as unknown as { axe: { run(options: object): Promise<Result> } }).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
      }));
  });
}

export const screenshotsDir = resolve(repoRoot, 'docs/screenshots');
export const updateScreenshots = process.env.UPDATE_SCREENSHOTS === '1';

/**
 * Takes a screenshot of `page` and, with UPDATE_SCREENSHOTS=1, writes it to docs/screenshots/`name`. Returns
 * the PNG either way, so the test checks that it was taken.
 */
export async function readmeScreenshot(page: Page, name: string): Promise<Buffer> {
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  if (updateScreenshots) {
    mkdirSync(screenshotsDir, { recursive: true });
    writeFileSync(resolve(screenshotsDir, name), png);
  }
  return png;
}

/**
 * The boxes whose content spills out sideways (an unbroken word, a long URL): in a left-to-right page the page
 * then scrolls sideways; in a right-to-left one the spill goes off the left edge, out of reach. Boxes that clip
 * or scroll their own overflow on purpose (ellipsis, line clamp, scrolling lists) are not counted. Each is
 * described by tag, test id and the overflow in pixels; empty when everything fits.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const spills = (el: Element) =>
      el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible';
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      // The innermost culprits only: a box that spills while none of its children does.
      if (!spills(el) || [...el.children].some(spills)) continue;
      const id = el.getAttribute('data-testid') ?? el.parentElement?.getAttribute('data-testid');
      out.push(
        `${el.tagName.toLowerCase()}${id ? ` in [data-testid=${id}]` : ''}: ${el.scrollWidth - el.clientWidth}px too wide`,
      );
    }
    return out;
  });
}
