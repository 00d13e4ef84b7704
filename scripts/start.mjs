// `npm start`: serves the demo pages on 127.0.0.1 and opens Chromium with the built extension on the Arabic
// seed article and its English counterpart. With --headless it writes a screenshot instead of opening a window.
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const headless = process.argv.includes('--headless');
const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist/chromium');

// Reuse the test harness's server and launcher (TypeScript, run through tsx).
const { startServer } = await import('../tests/browser/support/server.ts');
const { launchChromium } = await import('../tests/browser/support/chromium.ts');
const { waitForHighlights } = await import('../tests/browser/support/page-state.ts');

const server = await startServer(Number(process.env.PORT ?? 0));
console.log(`Demo pages on ${server.origin} (extension: ${dist})`);
const ext = await launchChromium({ headless, profile: mkdtempSync(join(tmpdir(), 'privacy-radar-start-')) });
const ar = await ext.context.newPage();
await ar.goto(server.url('/seed-ar.html'));
const en = await ext.context.newPage();
await en.goto(server.url('/story-en.html'));
if (headless) {
  mkdirSync(resolve(root, 'artifacts'), { recursive: true });
  for (const [name, page] of [
    ['seed-ar', ar],
    ['story-en', en],
  ]) {
    await page.bringToFront();
    await waitForHighlights(page, (h) => (h['privacy-radar-data']?.length ?? 0) > 0).catch(() => undefined);
    const file = resolve(root, `artifacts/start-${name}.png`);
    await page.screenshot({ path: file });
    console.log(`Screenshot: ${file}`);
  }
  await ext.close();
  await server.close();
} else {
  console.log('Close the browser window to stop.');
  ext.context.on('close', () => void server.close().then(() => process.exit(0)));
}
