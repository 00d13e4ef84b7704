import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');
/** The project's shared material (real pages, seed, eval). CI lays it beside the clone. */
export const sharedDir = process.env.PRIVACY_RADAR_SHARED ?? resolve(repoRoot, '../shared');
export const distDir = (target: 'chromium' | 'firefox' | 'firefox-probe') =>
  resolve(repoRoot, 'dist', target);
export const artifactsDir = resolve(repoRoot, 'artifacts');

/** Fails loudly when a build is missing: browser tests never pass by testing nothing. */
export function requireBuild(target: 'chromium' | 'firefox' | 'firefox-probe'): string {
  const dir = distDir(target);
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No build in ${dir}: run "npm run build:all" (npm run test:browser does it for you).`);
  }
  return dir;
}
