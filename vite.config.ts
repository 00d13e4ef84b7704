import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { resolve } from 'node:path';
import baseManifest from './manifest.json' with { type: 'json' };

type Target = 'chromium' | 'firefox';

/**
 * One manifest, two builds. Firefox (140+) runs MV3 backgrounds as event pages (`background.scripts`), needs a
 * gecko id, and asks every add-on to declare its data collection: we collect none.
 */
function manifestFor(target: Target): ManifestV3Export {
  if (target === 'chromium') return baseManifest as ManifestV3Export;
  const { background, ...rest } = baseManifest;
  return {
    ...rest,
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

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chromium';
  return {
    plugins: [
      crx({
        manifest: manifestFor(target),
        browser: target === 'firefox' ? 'firefox' : 'chrome',
        // The content script is one self-contained classic script: crxjs's default loader would import its
        // chunks as web-accessible resources, which any page could then probe to detect the extension.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      outDir: resolve(import.meta.dirname, 'dist', target),
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
    },
  };
});
