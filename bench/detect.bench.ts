/**
 * Detection throughput on real text: `npm run bench:detect`.
 *
 * English: the saved pages in ../shared/pages (tags stripped with a crude regex — here only, never in src/)
 * plus ../shared/seed, concatenated and repeated to at least 1 MB. Arabic: the Arabic seed article, the
 * Arabic summaries of the bundled reports and the Arabic quotations of ../shared/facts, repeated to 1 MB
 * (there is not 1 MB of distinct Arabic text in the repository; the output says so).
 *
 * The code measured is src/core as it ships: built by Vite into a minified ES module first (run from tsx
 * directly, every cross-module call would go through a CommonJS export getter and skew the figures).
 *
 * Prints lexicon compile time, then for each corpus MB/s for: detect() over the whole text in one call,
 * detect() over ~600-character blocks (how the content script calls it), the matcher alone (scanCompanies:
 * what a RegExp can be compared with), and a naive baseline — one RegExp alternation of every alias with
 * \p{L} look-arounds — side by side.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { TOP_LEVEL_VAR } from '../vite.config';
import type * as Core from '../src/core/index';
import type * as LexiconData from '../src/core/lexicon-data';

const SHARED = join(import.meta.dirname, '..', '..', 'shared');
const MB = 1_000_000;
const RUNS = 25;

function stripTags(html: string): string {
  return html
    .replace(/<(script|style|noscript|svg)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\n\s*\n+/g, '\n');
}

/** `text` repeated until it holds at least `size` bytes of UTF-8. */
function repeatTo(text: string, size: number): { text: string; copies: number } {
  const copies = Math.ceil(size / Buffer.byteLength(text, 'utf8'));
  return { text: Array.from({ length: copies }, () => text).join('\n'), copies };
}

function englishCorpus(): string {
  const pages = readdirSync(join(SHARED, 'pages')).filter((f) => f.endsWith('.html'));
  const seeds = readdirSync(join(SHARED, 'seed')).filter((f) => f.endsWith('.txt'));
  return [
    ...pages.map((f) => stripTags(readFileSync(join(SHARED, 'pages', f), 'utf8'))),
    ...seeds.map((f) => readFileSync(join(SHARED, 'seed', f), 'utf8')),
  ].join('\n');
}

function arabicCorpus(): string {
  const arabicLines = (text: string): string[] =>
    text.split('\n').filter((l) => /[\u0600-\u06ff]{3}/.test(l));
  const seeds = readdirSync(join(SHARED, 'seed')).filter((f) => f.endsWith('.txt'));
  const reports = readdirSync(join(import.meta.dirname, '..', 'data', 'reports')).filter((f) =>
    f.endsWith('.json'),
  );
  const summaries = reports.flatMap((f) =>
    (
      JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'reports', f), 'utf8')) as {
        title: { ar: string };
        summary: { ar: string };
        outcome: { ar: string };
      }[]
    ).map((r) => `${r.title.ar}\n${r.summary.ar} ${r.outcome.ar}`),
  );
  return [
    ...seeds.flatMap((f) => arabicLines(readFileSync(join(SHARED, 'seed', f), 'utf8'))),
    ...summaries,
    ...arabicLines(readFileSync(join(SHARED, 'facts', 'data_phrases.md'), 'utf8')),
  ].join('\n');
}

function arabicNewsArticle(): string {
  const seeds = readdirSync(join(SHARED, 'seed')).filter((f) => f.endsWith('.txt'));
  return seeds.map((f) => readFileSync(join(SHARED, 'seed', f), 'utf8')).join('\n');
}

function blocks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + size);
    const nl = text.indexOf('\n', end);
    if (nl >= 0 && nl - end < 400) end = nl + 1;
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

interface Shipped {
  core: typeof Core;
  companies: typeof LexiconData.bundledCompanies;
  bytes: { core: number; lexicon: number };
}

/** Builds src/core with Vite (minified ES modules) and imports the result. */
async function shippedCore(): Promise<Shipped> {
  const root = join(import.meta.dirname, '..');
  const out = mkdtempSync(join(tmpdir(), 'privacy-radar-core-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      outDir: out,
      minify: true,
      // As the extension ships it (see vite.config.ts).
      rollupOptions: { output: { topLevelVar: TOP_LEVEL_VAR } },
      lib: {
        entry: { core: join(root, 'src/core/index.ts'), lexicon: join(root, 'src/core/lexicon-data.ts') },
        formats: ['es'],
      },
    },
  });
  const file = (name: string): string =>
    join(
      out,
      readdirSync(out).find((f) => f.startsWith(name))!,
    );
  const core = (await import(pathToFileURL(file('core')).href)) as typeof Core;
  const lexicon = (await import(pathToFileURL(file('lexicon')).href)) as typeof LexiconData;
  const bytes = { core: statSync(file('core')).size, lexicon: statSync(file('lexicon')).size };
  rmSync(out, { recursive: true, force: true });
  return { core, companies: lexicon.bundledCompanies, bytes };
}

function naiveBaseline(bundledCompanies: Shipped['companies']): RegExp {
  const aliases = bundledCompanies.flatMap((c) => [...c.aliases.en, ...c.aliases.ar]);
  aliases.sort((a, b) => b.length - a.length);
  const escaped = aliases.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Seconds per call of one measured function: the fastest run and the median. */
interface Timing {
  best: number;
  median: number;
}

/**
 * Times several functions in interleaved rounds (each round calls every function once, in turn) after two
 * warm-up rounds, and returns, per function, the fastest and the median call; plus, per round, the time of
 * each function divided by that of the last one (the reference), as a median. The machine is shared and its
 * speed drifts by ±20% within a minute (a bare arithmetic loop measured 590–840 ms in five runs): timed one
 * after the other, two functions can be compared only across that drift; interleaved, each round compares
 * them at the same speed, and the ratio's median is the figure to trust.
 */
function timeRounds(runs: number, fns: readonly (() => unknown)[]): { timings: Timing[]; ratios: number[] } {
  for (let warm = 0; warm < 2; warm++) for (const fn of fns) fn();
  const samples = fns.map((): number[] => []);
  const ratios = fns.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    const round = fns.map((fn, k) => {
      const t0 = performance.now();
      fn();
      const s = (performance.now() - t0) / 1000;
      samples[k]!.push(s);
      return s;
    });
    const reference = round[round.length - 1]!;
    round.forEach((s, k) => ratios[k]!.push(s / reference));
  }
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return {
    timings: samples.map((xs) => ({ best: Math.min(...xs), median: median(xs) })),
    ratios: ratios.map(median),
  };
}

/** {@link timeRounds} for a single function. */
function time(runs: number, fn: () => unknown): Timing {
  return timeRounds(runs, [fn]).timings[0]!;
}

/** Throughput as UTF-8 megabytes (10^6 bytes) per second, the usual measure of "MB of text". */
function rate(bytes: number, t: Timing): string {
  const mbps = (s: number): string => (bytes / 1e6 / s).toFixed(1).padStart(6);
  return `${mbps(t.best)} MB/s (median ${mbps(t.median).trim()}; ${(t.best * 1000).toFixed(0)} ms)`;
}

function report(
  name: string,
  text: string,
  { detect, scanCompanies }: typeof Core,
  lexicon: Core.CompiledLexicon,
  baseline: RegExp,
): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  const chunks = blocks(text, 600);
  let mentions = 0;
  let data = 0;
  let aliasHits = 0;
  let baseHits = 0;
  const {
    timings: [whole, chunked, matcher, base],
    ratios,
  } = timeRounds(RUNS, [
    () => {
      const found = detect(text, lexicon);
      mentions = found.length;
      data = found.filter((m) => m.kind === 'data').length;
    },
    () => {
      for (const b of chunks) detect(b, lexicon);
    },
    () => (aliasHits = scanCompanies(text, lexicon).length),
    () => (baseHits = [...text.matchAll(baseline)].length),
  ]);
  // How many times faster than the baseline, from the median of the per-round time ratios.
  const speedup = (k: number): string => `${(1 / ratios[k]!).toFixed(2)}× the baseline`;
  process.stdout.write(
    `${name}: ${(bytes / 1e6).toFixed(2)} MB UTF-8 (${(text.length / 1e6).toFixed(2)} M characters), ` +
      `${mentions} mentions, ${data} of kind 'data'\n` +
      `  detect, whole text in one call      ${rate(bytes, whole!)}, ${speedup(0)}\n` +
      `  detect, ${String(chunks.length).padStart(4)} blocks of ~600 chars   ${rate(bytes, chunked!)}, ${speedup(1)}\n` +
      `  matcher alone (scanCompanies)       ${rate(bytes, matcher!)}, ${aliasHits} raw hits\n` +
      `  naive RegExp alternation (baseline) ${rate(bytes, base!)}, ${baseHits} raw hits\n`,
  );
}

async function main(): Promise<void> {
  const { core, companies, bytes } = await shippedCore();
  const compile = time(RUNS, () => core.compileLexicon(companies));
  const lexicon = core.compileLexicon(companies);
  const baseline = naiveBaseline(companies);
  process.stdout.write(
    `code under test: src/core built by Vite, minified: core ${(bytes.core / 1024).toFixed(1)} KB, ` +
      `company lexicon ${(bytes.lexicon / 1024).toFixed(1)} KB\n` +
      `lexicon: ${companies.length} companies, compile ${(compile.best * 1000).toFixed(1)} ms ` +
      `(median ${(compile.median * 1000).toFixed(1)} ms)\n` +
      `one core; ${RUNS} interleaved rounds after warm-up: fastest run (median in brackets), and speed-up over the\n` +
      `baseline as the median of the per-round ratios; MB = 10^6 bytes of UTF-8\n\n`,
  );
  const en = repeatTo(englishCorpus(), MB);
  process.stdout.write(`English corpus: the saved pages (tags stripped) + seed, repeated ${en.copies}×\n`);
  report('English', en.text, core, lexicon, baseline);
  const ar = repeatTo(arabicCorpus(), MB);
  process.stdout.write(
    `\nArabic corpus: all the Arabic text there is here (seed article, report summaries, quotations), ` +
      `repeated ${ar.copies}× to reach 1 MB\n`,
  );
  report('Arabic', ar.text, core, lexicon, baseline);
  const news = repeatTo(arabicNewsArticle(), MB);
  process.stdout.write(`\nArabic news article only (the seed, real page text), repeated ${news.copies}×\n`);
  report('Arabic article', news.text, core, lexicon, baseline);
}

await main();
