import { build, defineConfig, type Plugin, type ResolvedConfig } from 'vite';
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
 * Arabic text and +40% on English. Exported for the benchmark, which builds src/core the same way, and used by
 * `standaloneScriptsWithConst` for the content script.
 */
export const TOP_LEVEL_VAR = false;

/** Standalone content scripts: one classic script each, no chunks (see `contentScripts` below). */
const STANDALONE_SCRIPTS = ['src/content/index.ts', PROBE_SCRIPT];

/**
 * crxjs builds each standalone content script in a Vite build of its own that takes none of our
 * `rollupOptions` (`createIifeConfig` in @crxjs/vite-plugin), so the content script kept its top-level `var`s
 * (when detection still ran there, on every page: it now runs in the background, built with our options). This rebuilds each one the same way (one IIFE, Vite's library mode
 * inlining dynamic imports, the same minify and target) with `TOP_LEVEL_VAR`, and puts the result in place of
 * crxjs's file. Measured in Chromium itself, src/core built as a minified IIFE both ways, detect() on 1 MB,
 * best of 25 interleaved: English text 29 → 20 ms, Arabic 55 → 45 ms. Runs after crxjs's `generateBundle`
 * (both `post`; this plugin comes later in the list).
 */
function standaloneScriptsWithConst(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'privacy-radar:standalone-scripts-with-const',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle(_options, bundle) {
      for (const source of STANDALONE_SCRIPTS) {
        const fileName = source.replace(/\.ts$/, '.js');
        const emitted = bundle[fileName];
        if (!emitted) continue; // not in this target's manifest
        if (emitted.type !== 'asset') throw new Error(`${fileName}: expected crxjs's IIFE asset`);
        emitted.source = await buildIife(config, source, fileName);
      }
    },
  };
}

async function buildIife(config: ResolvedConfig, source: string, fileName: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root: config.root,
    mode: config.mode,
    plugins: [],
    build: {
      write: false,
      emptyOutDir: false,
      minify: config.build.minify,
      sourcemap: config.build.sourcemap,
      target: config.build.target,
      lib: {
        entry: resolve(config.root, source),
        formats: ['iife'],
        name: 'privacyRadar',
        fileName: () => fileName,
      },
      rollupOptions: {
        output: { entryFileNames: fileName, topLevelVar: TOP_LEVEL_VAR },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const entry = outputs.find((output) => output.type === 'chunk' && output.isEntry);
  if (!entry || entry.type !== 'chunk') throw new Error(`${source}: the IIFE build made no entry chunk`);
  if (outputs.some((output) => output.type === 'chunk' && output !== entry)) {
    throw new Error(`${source}: the IIFE build split into chunks`);
  }
  return entry.code;
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' || mode === 'firefox-probe' ? mode : 'chromium';
  return {
    plugins: [
      crx({
        manifest: manifestFor(target),
        browser: target === 'chromium' ? 'chrome' : 'firefox',
        // The content script is one self-contained classic script: crxjs's default loader would import its
        // chunks as web-accessible resources, which any page could then probe to detect the extension.
        contentScripts: { standaloneFiles: STANDALONE_SCRIPTS },
      }),
      noWebAccessibleResources(),
      standaloneScriptsWithConst(),
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
