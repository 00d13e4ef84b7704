import { beforeEach, describe, expect, it } from 'vitest';
import { sentenceFingerprint } from '../../../../src/core/fingerprint';
import { addCorrection, listCorrections, removeCorrection } from '../../../../src/background/kb/corrections';
import { addMute, listMutes, removeMute } from '../../../../src/background/kb/mutes';
import { pageConfig } from '../../../../src/background/kb/page-config';
import { getSettings, updateSettings } from '../../../../src/background/kb/settings';
import {
  addAlias,
  addCompany,
  removeCompany,
  userLexicon,
} from '../../../../src/background/kb/user-companies';
import { freshIndexedDb, openFixtureDb } from './fixtures';

beforeEach(freshIndexedDb);

describe('page configuration', () => {
  it('starts from the defaults', async () => {
    const db = await openFixtureDb().db();
    expect(await pageConfig(db, 'https://news.example/a')).toEqual({
      enabled: true,
      mode: 'data',
      mutedCompanies: [],
      corrections: [],
      // The fixture bundle's reports are about these companies.
      reportedCompanies: ['facebook', 'google', 'instagram'],
    });
  });

  it('reflects the mode, the global pause, muted companies and corrections', async () => {
    const db = await openFixtureDb().db();
    expect(await updateSettings(db, { mode: 'all' })).toEqual({ mode: 'all', paused: false });
    await addMute(db, { kind: 'company', value: 'google' }, 1);
    const { correction } = await addCorrection(db, 'facebook', 'Facebook denied it.', 2);
    expect(correction.fingerprint).toBe(sentenceFingerprint('facebook', 'Facebook denied it.'));
    expect(await pageConfig(db, 'https://news.example/a')).toEqual({
      enabled: true,
      mode: 'all',
      mutedCompanies: ['google'],
      corrections: [correction.fingerprint],
      reportedCompanies: ['facebook', 'google', 'instagram'],
    });
    await updateSettings(db, { paused: true });
    expect(await getSettings(db)).toEqual({ mode: 'all', paused: true });
    expect((await pageConfig(db, 'https://news.example/a')).enabled).toBe(false);
  });

  it('switches a site off, with its subdomains, through a site mute', async () => {
    const db = await openFixtureDb().db();
    const { mute } = await addMute(db, { kind: 'site', value: 'WWW.Example.com' }, 1);
    expect(mute.value).toBe('example.com');
    expect((await addMute(db, { kind: 'site', value: 'example.com' }, 2)).created).toBe(false);
    for (const url of ['https://example.com/', 'https://www.example.com/a', 'http://news.example.com/']) {
      expect((await pageConfig(db, url)).enabled, url).toBe(false);
    }
    expect((await pageConfig(db, 'https://notexample.com/')).enabled).toBe(true);
    expect(await removeMute(db, { kind: 'site', value: 'www.example.com' })).toBe(true);
    expect((await pageConfig(db, 'https://example.com/')).enabled).toBe(true);
    expect(await listMutes(db)).toEqual([]);
  });

  it('undoes a correction', async () => {
    const db = await openFixtureDb().db();
    const { correction } = await addCorrection(db, 'facebook', 'Facebook denied it.', 2);
    expect(await removeCorrection(db, correction.fingerprint)).toBe(true);
    expect(await removeCorrection(db, correction.fingerprint)).toBe(false);
    expect(await listCorrections(db)).toEqual([]);
  });

  it('sends the user’s companies and extra aliases to the content script', async () => {
    const db = await openFixtureDb().db();
    const acme = await addCompany(db, {
      name: 'Acme Data',
      parent: 'meta',
      aliases: { en: ['ACME'], ar: ['أكمي'] },
    });
    expect(acme).toMatchObject({
      id: 'acme-data',
      parent: 'meta',
      aliases: { en: ['Acme Data', 'ACME'], ar: ['أكمي'] },
    });
    await expect(addCompany(db, { name: 'Facebook', aliases: { en: [], ar: [] } })).rejects.toThrow(
      /already known/,
    );
    await expect(
      addCompany(db, { name: 'Orphan', parent: 'nope', aliases: { en: [], ar: [] } }),
    ).rejects.toThrow(/Unknown parent/);
    expect((await addCompany(db, { name: 'شركة', aliases: { en: [], ar: [] } })).id).toMatch(
      /^company-[a-z0-9]+$/,
    );
    await addAlias(db, { companyId: 'facebook', lang: 'ar', alias: 'فيسبوك' }, 3);
    await expect(addAlias(db, { companyId: 'nope', lang: 'en', alias: 'Nope' }, 3)).rejects.toThrow(
      /Unknown company/,
    );

    const lexicon = await userLexicon(db);
    expect(lexicon.map((c) => c.id).sort()).toEqual([
      'acme-data',
      expect.stringMatching(/^company-/),
      'facebook',
    ]);
    expect(lexicon.find((c) => c.id === 'facebook')?.aliases.ar).toEqual(['فيسبوك']);
    expect((await pageConfig(db, 'https://a.example/')).userCompanies).toHaveLength(3);

    await expect(removeCompany(db, 'facebook')).rejects.toThrow(/cannot be removed/);
    expect(await removeCompany(db, 'acme-data')).toBe(true);
    expect(await db.get('companies', 'acme-data')).toBeUndefined();
  });
});
