// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { BackupSection } from '../../../src/popup/library/settings/BackupSection';
import { CorrectionsSection } from '../../../src/popup/library/settings/CorrectionsSection';
import { KbSection } from '../../../src/popup/library/settings/KbSection';
import type { Correction } from '../../../src/shared/messages';
import { byTestId, click, fakeClient, mount, plain, waitFor } from './helpers';

async function chooseFile(root: HTMLElement, text: string) {
  const input = byTestId(root, 'import-file') as HTMLInputElement;
  const file = new File([text], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('settings: import', () => {
  it('says why a file fails validation and writes nothing', async () => {
    const client = fakeClient({
      'backup/import': ({ dryRun }) =>
        dryRun
          ? { ok: false, error: 'invalid backup: articles.3.url: must be an http: or https: URL' }
          : never(),
    });
    const root = await mount(<BackupSection onImported={() => {}} />, client);
    await chooseFile(root, '{"format":"privacy-radar-backup"}');
    await waitFor(() => byTestId(root, 'import-error') !== null);
    expect(byTestId(root, 'import-error')!.textContent).toBe(
      'The file was not imported: invalid backup: articles.3.url: must be an http: or https: URL. Nothing was changed.',
    );
    expect(client.callsOf('backup/import')).toEqual([
      { text: '{"format":"privacy-radar-backup"}', dryRun: true },
    ]);
  });

  it('shows what would change, then imports on confirmation', async () => {
    const report = (written: boolean) => ({
      written,
      added: 2,
      updated: 1,
      skipped: 1,
      items: [
        {
          change: 'skipped' as const,
          what: 'article' as const,
          where: 'articles[1]',
          label: 'https://a.example/',
          why: 'saved again since',
        },
      ],
      truncated: false,
    });
    let imported = 0;
    const client = fakeClient({ 'backup/import': ({ dryRun }) => report(!dryRun) });
    const root = await mount(<BackupSection onImported={() => imported++} />, client);
    await chooseFile(root, '{}');
    await waitFor(() => byTestId(root, 'import-confirm') !== null);
    expect(byTestId(root, 'import-counts')!.textContent).toContain('would add 2, update 1 and skip 1');
    await click(byTestId(root, 'import-confirm'));
    expect(client.callsOf('backup/import')).toEqual([
      { text: '{}', dryRun: true },
      { text: '{}', dryRun: false },
    ]);
    expect(byTestId(root, 'import-report')!.getAttribute('data-written')).toBe('true');
    expect(imported).toBe(1);
  });
});

describe('settings: corrections', () => {
  it('removes a correction and puts it back on undo', async () => {
    const c: Correction = {
      fingerprint: 'facebook|abc',
      companyId: 'facebook',
      sentence: 'Facebook is a company.',
      createdAt: 1,
    };
    let list = [c];
    const client = fakeClient({
      'corrections/list': () => ({ corrections: list }),
      'correction/remove': () => ((list = []), { removed: true }),
      'correction/add': () => ((list = [c]), { correction: c, created: true }),
    });
    const root = await mount(<CorrectionsSection />, client);
    await click(byTestId(root, 'correction-remove'));
    expect(byTestId(root, 'correction')).toBeNull();
    expect(plain(byTestId(root, 'undo-bar')!.textContent)).toContain('Correction about Facebook removed.');
    await click(byTestId(root, 'undo'));
    expect(client.callsOf('correction/add')).toEqual([{ companyId: 'facebook', sentence: c.sentence }]);
    expect(byTestId(root, 'correction')).not.toBeNull();
  });
});

describe('settings: knowledge base', () => {
  it('shows the version and the "as of" date, with month names in the UI language', async () => {
    const client = fakeClient({
      'kb/info': () => ({
        bundle: { version: '2026.11.1', asOf: '2026-11-29' },
        counts: { reports: 95, companies: 243, articles: 0 },
        storage: { persisted: true, usage: 2_000_000, quota: null },
      }),
    });
    const en = await mount(<KbSection round={0} />, client, 'en');
    expect(byTestId(en, 'kb-version')!.textContent).toBe('2026.11.1');
    expect(byTestId(en, 'kb-as-of')!.textContent).toBe('Nov 29, 2026');
    const ar = await mount(<KbSection round={0} />, client, 'ar');
    expect(byTestId(ar, 'kb-as-of')!.textContent).toContain('نوفمبر');
  });
});

function never(): never {
  throw new Error('must not write');
}
