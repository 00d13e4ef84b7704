import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { resolve } from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import baseManifest from './manifest.json' with { type: 'json' };

type Target = 'chromium' | 'firefox' | 'firefox-probe';

// The probe (tests only) relays raw messages from 127.0.0.1 test pages; see tests/browser/probe/.
const PROBE_SCRIPT = 'tests/browser/probe/probe-content.ts';

/**
 * One manifest, two builds. Firefox (140+) runs MV3 backgrounds as event pages (`background.scripts`), needs a
 * gecko id, and asks every add-on to declare its data collection: we collect none.
 */
function manifestFor(target: Target): ManifestV3Export {
  if (target === 'chromium') return baseManifest as ManifestV3Export;
  const { background, content_scripts, permissions, ...rest } = baseManifest;
  const probe = { matches: ['http://127.0.0.1/*'], js: [PROBE_SCRIPT], run_at: 'document_start' };
  return {
    ...rest,
    // Firefox's background page has a DOM of its own: saved pages are parsed there, with no offscreen document.
    permissions: permissions.filter((name) => name !== 'offscreen'),
    content_scripts: target === 'firefox-probe' ? [...content_scripts, probe] : content_scripts,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'privacy-radar@privacy-radar.example',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

/**
 * crxjs lists `?script` files as web-accessible resources, which would let any page probe for the extension.
 * `scripting.executeScript` needs no such listing, so it is removed, with the unused intermediate chunk crxjs
 * leaves behind for the same script.
 */
function noWebAccessibleResources(): Plugin {
  return {
    name: 'privacy-radar:no-web-accessible-resources',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const name of Object.keys(bundle)) {
        if (/^assets\/extract-page\.iife\.ts-.*\.js$/.test(name)) delete bundle[name];
      }
    },
    // crxjs writes the manifest after the bundle is generated: edit the written file.
    writeBundle(options) {
      const file = resolve(options.dir ?? '', 'manifest.json');
      if (!existsSync(file)) return;
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      delete manifest.web_accessible_resources;
      writeFileSync(file, JSON.stringify(manifest, null, 2));
    },
  };
}

/**
 * Vite makes the bundler turn top-level `const` into `var` (to spare engines temporal-dead-zone checks). Our hot
 * loops read module-level tables (the fold table, the cue index, the context ids): as `const` V8 treats them as
 * constants, as `var` it reloads and re-checks them on every read. Measured in Node 20 (V8 11.3) on
 * `bench:detect`'s corpora, same code both ways: the fold of 1 MB of Arabic 5.6 → 3.4 ms, detect() +15% on
 * Arabic text and +40% on English. Exported for the benchmark, which builds src/core the same way.
 * Not yet the content script: crxjs builds it in a Vite build of its own that takes none of these options
 * (its output still has top-level `var`s).
 */
export const TOP_LEVEL_VAR = false;

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' || mode === 'firefox-probe' ? mode : 'chromium';
  return {
    plugins: [
      crx({
        manifest: manifestFor(target),
        browser: target === 'chromium' ? 'chrome' : 'firefox',
        // The content script is one self-contained classic script: crxjs's default loader would import its
        // chunks as web-accessible resources, which any page could then probe to detect the extension.
        contentScripts: { standaloneFiles: ['src/content/index.ts', PROBE_SCRIPT] },
      }),
      noWebAccessibleResources(),
    ],
    build: {
      outDir: resolve(import.meta.dirname, 'dist', target),
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      rollupOptions: {
        output: { topLevelVar: TOP_LEVEL_VAR },
        // Extension pages the manifest does not name: the library (the popup links to it) and the offscreen
        // document that parses saved pages in Chromium (the background opens it).
        input: {
          library: resolve(import.meta.dirname, 'src/popup/library.html'),
          offscreen: resolve(import.meta.dirname, 'src/background/offscreen/offscreen.html'),
        },
      },
    },
  };
});
