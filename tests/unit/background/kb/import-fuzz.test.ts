/**
 * Import fuzzing (issue 8): a backup exported from a populated database, then hundreds of mutated copies —
 * truncated, wrong types, missing and extra keys (prototype-pollution keys included), duplicated records,
 * hostile URLs, huge fields, newer format versions, text that is not JSON — through the real 'backup/import'
 * handler behind the real router. Each is refused with a message that says what and where, the database
 * unchanged to the byte, or, when a mutation happens to leave a valid backup, imported cleanly (a report line for
 * every record, a reason for every skip, and importing it again changes nothing). Never an exception.
 * Deterministic: the seed is printed with any failure, and FUZZ_SEED=<seed> replays it.
 */
import { describe, expect, it } from 'vitest';
import { backupFile, type BackupFile } from '../../../../src/background/kb/backup/format';
import { importBackup } from '../../../../src/background/kb/backup/import';
import type { BackupFiles, ImportReport } from '../../../../src/shared/messages';
import { MAX_BACKUP_BYTES } from '../../../../src/shared/schemas';
import { dumpDatabase } from '../../support/db-dump';
import { createKbWorld, senders, type KbWorld } from '../../support/kb-world';
import { createPrng, fuzzSeed, type Prng } from '../../support/prng';
import {
  describeValue,
  formatPath,
  HOSTILE_URLS,
  HUGE_STRING,
  SchemaFuzzer,
  deepJson,
  setOwn,
  type Mutated,
} from '../../support/schema-fuzz';
import { fixtureBundle } from './fixtures';

const BACKUPS = 600;
const SEED = fuzzSeed(0x1_0008);
const REFUSED = 'Import refused, nothing was changed: ';

/** Stores an import must never touch, whatever the file says. */
const NOT_IMPORTED = ['meta', 'reports', 'trash'];

/** Valid values for patterned fields (company ids, host names, fingerprints, dates, kinds). */
const POOL = [
  'ghost-co',
  'facebook',
  'meta',
  'google',
  'amazon',
  'acme-data',
  'initech',
  'news.example',
  'www.Example.org',
  'facebook|1a2b3c',
  'ghost-co|zz9',
  '2024',
  '2024-05',
  '2024-05-01',
  '2024-05-01T10:00:00Z',
  'broker',
  'social',
];

type Expected =
  /** Must be refused, the message matching one of these (what and where). */
  | { refused: true; names: (string | RegExp)[] }
  /** A valid backup (or one whose records may now repeat): imported cleanly, or refused as a duplicate. */
  | { refused: false };

interface Case {
  text: string;
  expected: Expected;
  label: string;
}

const DUPLICATE = /a record appears twice: (\w+)\[\d+\] repeats \1\[\d+\]/;
/** JSON.parse's own words: where it stopped ("at position 12", "end of JSON input") or the text around it. */
const NOT_JSON = /the file is not JSON \(.*(position \d+|end of JSON input|is not valid JSON).*\)/s;
const NOT_BACKUP = /this is not a Privacy Radar backup \(no "format": "privacy-radar-backup"\)/;
const NEWER = /made by a newer version of Privacy Radar \(format version [\d.e+]+; this one reads up to 1\)/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a refusal of `mutated` must name: the checks run format, version, shape, duplicates, in that order. */
function expectedNames(original: BackupFile, mutated: Mutated): (string | RegExp)[] {
  const file = mutated.value;
  if (!isObject(file) || file.format !== 'privacy-radar-backup') return [NOT_BACKUP];
  if (typeof file.version === 'number' && file.version > 1) return [NEWER];
  return mutated.mutations.flatMap(({ path }) => {
    if (path.length > 0) return [formatPath(path).slice(0, 60)];
    // The whole file replaced by an object: the keys it gained or lost are named.
    const keys = new Set([...Object.keys(file), ...Object.keys(original)]);
    return [...keys]
      .filter((key) => Object.hasOwn(file, key) !== Object.hasOwn(original, key))
      .map((key) => (key === '' ? 'the file' : key.slice(0, 60)));
  });
}

class Mutator {
  private readonly fuzz: SchemaFuzzer;
  private readonly urlPaths;

  constructor(
    private readonly rng: Prng,
    private readonly original: BackupFile,
    private readonly text: string,
  ) {
    this.fuzz = new SchemaFuzzer(rng, { jsonSafe: true, maxOverlong: 20_000 });
    this.urlPaths = this.fuzz.urlPaths(backupFile, original);
  }

  private copy(): BackupFile {
    return structuredClone(this.original);
  }

  next(): Case {
    const kind = this.rng.weighted<() => Case>([
      [15, () => this.truncated()],
      [40, () => this.invalid()],
      [14, () => this.valid()],
      [10, () => this.duplicate()],
      [7, () => this.hostileUrl()],
      [4, () => this.version()],
      [4, () => this.notJson()],
      [3, () => this.protoKeys()],
      [3, () => this.huge()],
      [2, () => this.deep()],
    ]);
    return kind();
  }

  private truncated(): Case {
    const at = this.rng.int(0, this.text.length - 1);
    return {
      text: this.text.slice(0, at),
      expected: { refused: true, names: [NOT_JSON] },
      label: `truncated at ${at}`,
    };
  }

  private invalid(): Case {
    const mutated = this.fuzz.invalid(backupFile, this.original, 2);
    return {
      text: JSON.stringify(mutated.value),
      expected: { refused: true, names: expectedNames(this.original, mutated) },
      label: `invalid ${mutated.mutations.map((m) => `${formatPath(m.path) || '(file)'} ← ${m.what}`).join('; ')}`,
    };
  }

  private valid(): Case {
    const mutated = this.fuzz.valid(backupFile, this.original, POOL, 3);
    return {
      text: JSON.stringify(mutated.value),
      expected: { refused: false },
      label: `valid ${mutated.mutations.map((m) => `${formatPath(m.path)} ← ${m.what}`).join('; ')}`,
    };
  }

  private duplicate(): Case {
    const file = this.copy();
    const lists = {
      articles: file.articles,
      mutes: file.mutes,
      corrections: file.corrections,
      companies: file.companies,
      aliases: file.aliases,
    } as Record<string, Record<string, unknown>[]>;
    const name = this.rng.pick(Object.keys(lists).filter((key) => lists[key]!.length > 0));
    const list = lists[name]!;
    const from = this.rng.int(0, list.length - 1);
    const twin = structuredClone(list[from]!);
    // The same record under another spelling of its key, where keys are normalised.
    if (name === 'articles' && this.rng.chance(0.5)) {
      const url = String(twin.canonicalUrl);
      twin.canonicalUrl = `${url}${this.rng.pick(['#again', `${url.includes('?') ? '&' : '?'}utm_source=newsletter`])}`;
    }
    if (name === 'mutes' && twin.kind === 'site') twin.value = `WWW.${String(twin.value).toUpperCase()}`;
    if (name === 'corrections' || name === 'aliases') twin.createdAt = 12_345;
    const at = this.rng.int(0, list.length);
    list.splice(at, 0, twin);
    const first = at <= from ? at : from;
    const second = at <= from ? from + 1 : at;
    return {
      text: JSON.stringify(file),
      expected: {
        refused: true,
        names: [`a record appears twice: ${name}[${second}] repeats ${name}[${first}]`],
      },
      label: `duplicate ${name}[${from}] at ${at}`,
    };
  }

  private hostileUrl(): Case {
    const file = this.copy();
    const path = this.rng.pick(this.urlPaths);
    const url = this.rng.pick(HOSTILE_URLS);
    let parent: unknown = file;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
    setOwn(parent as object, path[path.length - 1]!, url);
    return {
      text: JSON.stringify(file),
      expected: { refused: true, names: [`${formatPath(path)}: `] },
      label: `hostile ${formatPath(path)} ← ${describeValue(url)}`,
    };
  }

  private version(): Case {
    const file = this.copy() as unknown as Record<string, unknown>;
    const change = this.rng.pick<[string, unknown, string | RegExp]>([
      ['version', 2, NEWER],
      ['version', 3, NEWER],
      ['version', 99, NEWER],
      ['version', 1.5, NEWER],
      ['version', 1e21, NEWER],
      ['version', '2', 'version: '],
      ['version', 0, 'version: '],
      ['version', -1, 'version: '],
      ['version', null, 'version: '],
      ['format', 'privacy-radar-backup-v2', NOT_BACKUP],
      ['format', 'PRIVACY-RADAR-BACKUP', NOT_BACKUP],
      ['format', null, NOT_BACKUP],
    ]);
    const [key, value, name] = change;
    file[key] = value;
    return {
      text: JSON.stringify(file),
      expected: { refused: true, names: [name] },
      label: `${key} ← ${describeValue(value)}`,
    };
  }

  private notJson(): Case {
    const text = this.rng.pick([
      '',
      ' ',
      'saved_at,title,url\n2024-01-01,A,https://a.example/',
      '<html><body>backup</body></html>',
      `\uFEFF${this.text}`,
      this.text.replace('{', '{ // a comment\n'),
      this.text.replace(/}$/, ',}'),
      this.text.replace('"version": 1', '"version": NaN'),
      "{'format': 'privacy-radar-backup'}",
      'undefined',
      'null',
      'true',
      '42',
      '"privacy-radar-backup"',
      '[]',
      JSON.stringify([this.original]),
      '{}',
      '{"format":"another-backup"}',
    ]);
    let json = true;
    try {
      JSON.parse(text);
    } catch {
      json = false;
    }
    return {
      text,
      expected: { refused: true, names: [json ? NOT_BACKUP : NOT_JSON] },
      label: `not a backup: ${describeValue(text)}`,
    };
  }

  private protoKeys(): Case {
    const file = this.copy() as unknown as Record<
      string,
      Record<string, unknown>[] | Record<string, unknown>
    >;
    const [where, target] = this.rng.pick<[string, Record<string, unknown>]>([
      ['', file as unknown as Record<string, unknown>],
      ['settings', file.settings as Record<string, unknown>],
      ['articles[0]', (file.articles as Record<string, unknown>[])[0]!],
      [
        'articles[0].detections',
        (file.articles as Record<string, Record<string, unknown>>[])[0]!.detections!,
      ],
      ['companies[0].aliases', (file.companies as Record<string, Record<string, unknown>>[])[0]!.aliases!],
    ]);
    const key = this.rng.pick(['__proto__', 'constructor', 'prototype']);
    setOwn(target, key, JSON.parse('{"prototype": {"polluted": "yes"}, "polluted": "yes"}'));
    return {
      text: JSON.stringify(file),
      expected: { refused: true, names: [`${where ? `${where}.` : ''}${key}: Invalid key`] },
      label: `own key ${key} in ${where || 'the file'}`,
    };
  }

  /** A field replaced by JSON nested 10,000 levels deep. */
  private deep(): Case {
    const file = this.copy() as unknown as Record<string, unknown>;
    const [where, put] = this.rng.pick<[string, (marker: string) => void]>([
      ['settings', (m) => void (file.settings = m)],
      ['mutes', (m) => void (file.mutes = m)],
      ['articles[0]', (m) => void ((file.articles as unknown[])[0] = m)],
      [
        'articles[1].detections',
        (m) => void ((file.articles as Record<string, unknown>[])[1]!.detections = m),
      ],
      [
        'companies[0].aliases.en',
        (m) => void ((file.companies as { aliases: Record<string, unknown> }[])[0]!.aliases.en = m),
      ],
    ]);
    put('__deep__');
    return {
      text: JSON.stringify(file).replace('"__deep__"', deepJson(10_000)),
      expected: { refused: true, names: [where] },
      label: `10,000 levels deep at ${where}`,
    };
  }

  private huge(): Case {
    const file = this.copy();
    const article = this.rng.int(0, file.articles.length - 1);
    const company = this.rng.int(0, file.companies.length - 1);
    const choices: [string, () => void, boolean][] = [
      [`articles[${article}].text`, () => void (file.articles[article]!.text = 'x'.repeat(2_000_001)), true],
      [`articles[${article}].text`, () => void (file.articles[article]!.text = 'x'.repeat(2_000_000)), false],
      [`articles[${article}].note`, () => void (file.articles[article]!.note = 'x'.repeat(20_001)), true],
      [`articles[${article}].note`, () => void (file.articles[article]!.note = 'x'.repeat(20_000)), false],
      [`articles[${article}].title`, () => void (file.articles[article]!.title = HUGE_STRING), true],
      [`articles[${article}].byline`, () => void (file.articles[article]!.byline = 'b'.repeat(1_001)), true],
      [
        `articles[${article}].tags`,
        () => void (file.articles[article]!.tags = Array.from({ length: 51 }, (_, i) => `t${i}`)),
        true,
      ],
      [`articles[${article}].tags[0]`, () => void (file.articles[article]!.tags = ['t'.repeat(101)]), true],
      [
        `articles[${article}].summary`,
        () => void (file.articles[article]!.summary = Array(6).fill('s')),
        true,
      ],
      [`companies[${company}].name`, () => void (file.companies[company]!.name = 'n'.repeat(101)), true],
      [
        `companies[${company}].sources`,
        () => void (file.companies[company]!.sources = Array(51).fill('https://a.example/')),
        true,
      ],
      ['corrections[0].sentence', () => void (file.corrections[0]!.sentence = 's'.repeat(2_001)), true],
    ];
    const [where, apply, refused] = this.rng.pick(choices);
    apply();
    return {
      text: JSON.stringify(file),
      expected: refused ? { refused: true, names: [where] } : { refused: false },
      label: `huge ${where}${refused ? '' : ' (at its limit)'}`,
    };
  }
}

const LINE_WHERE = /^(settings|(mutes|corrections|companies|aliases|articles)\[\d+\])$/;

/** Checks an accepted import's report; returns what is wrong with it, if anything. */
function reportProblems(report: ImportReport, dryRun: boolean): string[] {
  const problems: string[] = [];
  if (report.written !== !dryRun)
    problems.push(`written ${report.written} on a ${dryRun ? 'dry run' : 'write'}`);
  if (!report.truncated && report.added + report.updated + report.skipped !== report.items.length) {
    problems.push('the counts do not add up to the lines');
  }
  for (const item of report.items) {
    if (!LINE_WHERE.test(item.where)) problems.push(`a line without a place: ${JSON.stringify(item)}`);
    if (item.change === 'skipped' && !item.why)
      problems.push(`a skip without a reason: ${JSON.stringify(item)}`);
  }
  return problems;
}

async function importText(world: KbWorld, text: string, dryRun: boolean) {
  return world.route({ channel: 'popup', type: 'backup/import', payload: { text, dryRun } }, senders.library);
}

/** Stores and bundled rows an import must leave alone. */
async function untouchable(world: KbWorld): Promise<string> {
  const db = await world.db();
  return `${await dumpDatabase(db, NOT_IMPORTED)}\n${JSON.stringify(await db.getAllFromIndex('companies', 'byOrigin', 'bundled'))}`;
}

const newWorld = () => createKbWorld({ bundle: fixtureBundle() });

describe('import fuzzing', () => {
  it(`refuses or cleanly imports ${BACKUPS} mutated backups, changing nothing when it refuses (seed ${SEED})`, async () => {
    let world = await newWorld();
    const exported = await world.route(
      { channel: 'popup', type: 'backup/export', payload: {} },
      senders.library,
    );
    expect(exported).toMatchObject({ ok: true });
    const { json } = (exported as { value: BackupFiles }).value;
    const original = JSON.parse(json) as BackupFile;
    expect(original.articles.length).toBeGreaterThanOrEqual(3);
    expect(original.companies.length).toBeGreaterThanOrEqual(2);
    const before = await world.dump();
    const fixed = await untouchable(world);

    const rng = createPrng(SEED);
    const mutator = new Mutator(rng, original, json);
    const failures: string[] = [];
    const outcomes = { refused: 0, imported: 0, previewed: 0 };
    for (let i = 0; i < BACKUPS && failures.length < 20; i++) {
      const { text, expected, label } = mutator.next();
      const dryRun = rng.chance(0.3);
      const fail = (why: string) => failures.push(`#${i} ${label}${dryRun ? ' (dry run)' : ''}: ${why}`);
      let reply;
      try {
        reply = await importText(world, text, dryRun);
      } catch (error) {
        fail(`threw ${String(error)}`);
        continue;
      }
      if (!reply.ok) {
        outcomes.refused++;
        const { error } = reply;
        if (!error.startsWith(REFUSED)) fail(`refused without the import's message: ${error.slice(0, 300)}`);
        const names = expected.refused ? expected.names : [DUPLICATE];
        if (!names.some((name) => (typeof name === 'string' ? error.includes(name) : name.test(error)))) {
          fail(`the message names neither of ${names.map(String).join(' | ')}: ${error.slice(0, 300)}`);
        }
        if (error.length > 2_000) fail(`a message of ${error.length} characters`);
        if ((await world.dump()) !== before) {
          fail('refused, but the database changed');
          world = await newWorld();
        }
        continue;
      }
      if (expected.refused) {
        fail(`imported a backup that should have been refused: ${JSON.stringify(reply.value).slice(0, 300)}`);
      }
      const problems = reportProblems(reply.value as ImportReport, dryRun);
      problems.forEach(fail);
      if (dryRun) {
        outcomes.previewed++;
        if ((await world.dump()) !== before) fail('a dry run changed the database');
        continue;
      }
      outcomes.imported++;
      if ((await untouchable(world)) !== fixed) fail('an import changed the bundle or the trash');
      // Importing the same file again finds everything in place.
      const again = await importText(world, text, true);
      if (!again.ok) fail(`a second import was refused: ${again.error}`);
      else if ((again.value as ImportReport).added + (again.value as ImportReport).updated > 0) {
        fail(
          `a second import would still change ${JSON.stringify((again.value as ImportReport).items.filter((item) => item.change !== 'skipped'))}`,
        );
      }
      await world.connection.close();
      world = await newWorld();
      if ((await world.dump()) !== before) throw new Error('the seeded database is not deterministic');
    }

    const context = `seed ${SEED} (replay: FUZZ_SEED=${SEED}); outcomes ${JSON.stringify(outcomes)}`;
    expect(failures, context).toEqual([]);
    expect(outcomes.refused, context).toBeGreaterThan(BACKUPS * 0.7);
    expect(outcomes.imported, context).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted, context).toBeUndefined();
    expect(await world.dump(), context).toBe(before);
    // The original file still imports: everything in it is already there.
    const last = await importText(world, json, false);
    expect(last).toMatchObject({ ok: true, value: { written: true, added: 0, updated: 0 } });
    expect(
      world.calls.every((call) => call === 'popup:backup/import' || call === 'popup:backup/export'),
    ).toBe(true);
    console.info(`import fuzz: ${context}`);
    await world.connection.close();
  }, 60_000);

  it('refuses a text of more than 50 MB: by length at the router, by UTF-8 size in the import', async () => {
    const world = await newWorld();
    const before = await world.dump();
    const tooLong = 'x'.repeat(MAX_BACKUP_BYTES + 1);
    expect(await importText(world, tooLong, false)).toEqual({
      ok: false,
      error: 'invalid backup/import: text: the file is larger than 50 MB',
    });
    expect(world.calls).toEqual([]);
    // Under 50 M characters, over 50 MB once encoded: the router lets it through, the import refuses it.
    const wide = `{"format":"privacy-radar-backup","pad":"${'é'.repeat(26_300_000)}"}`;
    expect(wide.length).toBeLessThan(MAX_BACKUP_BYTES);
    expect(await importText(world, wide, false)).toEqual({
      ok: false,
      error: `${REFUSED}the file is 50.2 MB; backups up to 50 MB are read.`,
    });
    await expect(importBackup(await world.db(), tooLong, false)).rejects.toThrow(
      `${REFUSED}the file is 50.0 MB; backups up to 50 MB are read.`,
    );
    expect(await world.dump()).toBe(before);
    await world.connection.close();
  }, 30_000);
});
