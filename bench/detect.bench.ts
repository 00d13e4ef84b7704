/**
 * Detection throughput on real text: `npm run bench:detect`.
 *
 * English: the saved pages in ../shared/pages (tags stripped with a crude regex — here only, never in src/)
 * plus ../shared/seed, concatenated and repeated to at least 1 MB. Arabic: the Arabic seed article, the
 * Arabic summaries of the bundled reports and the Arabic quotations of ../shared/facts, repeated to 1 MB
 * (there is not 1 MB of distinct Arabic text in the repository; the output says so).
 *
 * Prints lexicon compile time, then for each corpus MB/s for: detect() over the whole text in one call,
 * detect() over ~600-character blocks (how the content script calls it), and a naive baseline — one RegExp
 * alternation of every alias with \p{L} look-arounds — side by side.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileLexicon, detect, type CompiledLexicon } from '../src/core/index';
import { bundledCompanies } from '../src/core/lexicon-data';

const SHARED = join(import.meta.dirname, '..', '..', 'shared');
const MB = 1024 * 1024;

function stripTags(html: string): string {
  return html
    .replace(/<(script|style|noscript|svg)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\n\s*\n+/g, '\n');
}

function repeatTo(text: string, size: number): { text: string; copies: number } {
  const copies = Math.ceil(size / text.length);
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

function naiveBaseline(): RegExp {
  const aliases = bundledCompanies.flatMap((c) => [...c.aliases.en, ...c.aliases.ar]);
  aliases.sort((a, b) => b.length - a.length);
  const escaped = aliases.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Median seconds of `runs` timed calls after one warm-up. */
function time(runs: number, fn: () => unknown): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push((performance.now() - t0) / 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

function report(name: string, text: string, lexicon: CompiledLexicon, baseline: RegExp): void {
  const mb = (text.length * 2) / MB; // UTF-16 code units, as JavaScript holds them
  const chunks = blocks(text, 600);
  let mentions = 0;
  const whole = time(5, () => (mentions = detect(text, lexicon).length));
  const chunked = time(5, () => {
    for (const b of chunks) detect(b, lexicon);
  });
  let baseHits = 0;
  const base = time(5, () => (baseHits = [...text.matchAll(baseline)].length));
  const rate = (s: number): string => `${(text.length / MB / s).toFixed(1)} MB/s`;
  process.stdout.write(
    `${name}: ${(text.length / MB).toFixed(2)} M chars (${mb.toFixed(2)} MB as UTF-16), ${mentions} mentions\n` +
      `  detect, whole text        ${rate(whole)}  (${(whole * 1000).toFixed(0)} ms)\n` +
      `  detect, ${chunks.length} blocks of ~600 chars ${rate(chunked)}  (${(chunked * 1000).toFixed(0)} ms)\n` +
      `  naive RegExp alternation  ${rate(base)}  (${(base * 1000).toFixed(0)} ms, ${baseHits} raw hits)\n`,
  );
}

function main(): void {
  const compile = time(9, () => compileLexicon(bundledCompanies));
  const lexicon = compileLexicon(bundledCompanies);
  const baseline = naiveBaseline();
  process.stdout.write(
    `lexicon: ${bundledCompanies.length} companies, compile ${(compile * 1000).toFixed(1)} ms (median of 9)\n` +
      `throughput in millions of characters per second (1 MB = 2^20 characters), median of 5 runs, one core\n\n`,
  );
  const en = repeatTo(englishCorpus(), MB);
  process.stdout.write(`English corpus: pages + seed repeated ${en.copies}×\n`);
  report('English', en.text, lexicon, baseline);
  const ar = repeatTo(arabicCorpus(), MB);
  process.stdout.write(
    `\nArabic corpus: seed + report summaries + quotations, repeated ${ar.copies}× to reach 1 MB\n`,
  );
  report('Arabic', ar.text, lexicon, baseline);
}

main();
