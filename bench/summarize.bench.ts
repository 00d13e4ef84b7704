/**
 * Times `summarize` on a 50,000-word English article (generated) and a 50,000-word Arabic one (the seed article
 * repeated). Budget: 200 ms each (issue 6). Run: `npm run bench:summarize`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../src/core/sentences';
import { summarize } from '../src/core/summarize';
import { createPrng } from '../tests/unit/support/prng';

const WORDS = 50_000;
const BUDGET_MS = 200;
const RUNS = 7;
const SEED_DIR = fileURLToPath(new URL('../../shared/seed/', import.meta.url));

/** The project's seeded PRNG (mulberry32): the same seed gives the same run. */
const random = (seed: number): (() => number) => createPrng(seed).next;

const VOCABULARY =
  `the company said it would share customer data with banks and advertisers after a report in the
journal showed that users were tracked across websites apps and devices regulators asked whether people had
agreed to the collection of their location contacts messages and purchase history while privacy groups warned
that the practice went further than what the policy allowed executives denied selling any personal information
but confirmed talks with partners about payments accounts and transactions in several countries`
    .split(/\s+/)
    .filter(Boolean);

function englishArticle(words: number): string {
  const next = random(6);
  const paragraphs: string[] = [];
  let sentences: string[] = [];
  for (let count = 0; count < words;) {
    const length = 8 + Math.floor(next() * 25);
    const sentence = Array.from(
      { length },
      () => VOCABULARY[Math.floor(next() * VOCABULARY.length)] ?? 'data',
    );
    const first = sentence[0] ?? 'The';
    sentence[0] = first.charAt(0).toUpperCase() + first.slice(1);
    sentences.push(`${sentence.join(' ')}.`);
    count += length;
    if (sentences.length === 6) {
      paragraphs.push(sentences.join(' '));
      sentences = [];
    }
  }
  paragraphs.push(sentences.join(' '));
  return paragraphs.join('\n\n');
}

function arabicArticle(words: number): string {
  const file = readdirSync(SEED_DIR).find((name) => name.endsWith('.txt'));
  if (!file) throw new Error(`no seed article (*.txt) in ${SEED_DIR}`);
  const seed = readFileSync(join(SEED_DIR, file), 'utf8').trim();
  const seedWords = seed.split(/\s+/).length;
  return Array.from({ length: Math.ceil(words / seedWords) }, () => seed).join('\n\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function bench(name: string, text: string): boolean {
  summarize(text); // warm-up: JIT, and the stop-word set built on first use
  const times: number[] = [];
  let kept = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    kept = summarize(text).sentences.length;
    times.push(performance.now() - start);
  }
  const words = text.split(/\s+/).length;
  const ms = median(times);
  const verdict = ms <= BUDGET_MS ? 'ok' : 'OVER BUDGET';
  console.log(
    `${name}: ${words} words, ${text.length} chars, ${splitSentences(text).length} sentences → ${kept} kept; ` +
      `median ${ms.toFixed(1)} ms ` +
      `(min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, ${RUNS} runs) ` +
      `budget ${BUDGET_MS} ms: ${verdict}`,
  );
  return ms <= BUDGET_MS;
}

const results = [bench('summarize en', englishArticle(WORDS)), bench('summarize ar', arabicArticle(WORDS))];
if (results.includes(false)) process.exitCode = 1;
