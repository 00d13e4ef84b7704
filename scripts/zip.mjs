// `npm run zip`: the two store packages, from dist/chromium and dist/firefox, into artifacts/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
mkdirSync(resolve(root, 'artifacts'), { recursive: true });
for (const target of ['chromium', 'firefox']) {
  const out = resolve(root, `artifacts/privacy-radar-${version}-${target}.zip`);
  rmSync(out, { force: true });
  // web-ext's packager writes a store-ready zip (no hidden files, deterministic order).
  execFileSync(
    'npx',
    [
      'web-ext',
      'build',
      '--source-dir',
      `dist/${target}`,
      '--artifacts-dir',
      'artifacts',
      '--filename',
      `privacy-radar-${version}-${target}.zip`,
      '--overwrite-dest',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  console.log(out);
}
