/**
 * Loading the real saved pages (../shared/pages, test fixtures only) and the demo seed page into happy-dom
 * documents, plus the data-request marks the tests give the summariser.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { compileLexicon, detect, type CompanyRecord } from '../../../src/core/detect';
import type { DataRequestMarks } from '../../../src/core/summarize';
export { testSentences } from '../core/test-sentences';

// `import.meta.dirname`, not `new URL(…, import.meta.url)`: under happy-dom the global URL is happy-dom's.
export const SHARED = join(import.meta.dirname, '../../../../shared/');
export const DEMO = join(import.meta.dirname, '../../../demo/');
const DATA = join(import.meta.dirname, '../../../data/');

/** One entry of ../shared/pages/pages.json. */
export interface PageInfo {
  file: string;
  title: string;
  site?: string;
  original_url: string | null;
}

export const PAGES = JSON.parse(readFileSync(`${SHARED}pages/pages.json`, 'utf8')) as PageInfo[];

/** The Arabic seed article as plain text. */
export function seedText(): string {
  const file = readdirSync(`${SHARED}seed`).find((name) => name.endsWith('.txt'));
  return readFileSync(`${SHARED}seed/${file ?? ''}`, 'utf8');
}

const windows: Window[] = [];

/**
 * Parses `html` as the page at `url`, without running or fetching anything. `<style>` elements are dropped
 * first: happy-dom 21 loses everything after a `<style>` inside an `<svg>` (cnet.html has one; browsers parse
 * it fine), and styles play no part in text extraction.
 */
export function parsePage(html: string, url: string): Document {
  const window = new Window({ url });
  windows.push(window);
  const cleaned = html.replace(/<style[^>]*>[\s\S]*?<\/style>/gi, '');
  return new window.DOMParser().parseFromString(cleaned, 'text/html') as unknown as Document;
}

/** Loads a fixture file: `pages/x.html` from ../shared, or `demo/x.html` from this repository. */
export function loadPage(file: string, url: string): Document {
  const path = file.startsWith('demo/') ? `${DEMO}${file.slice(5)}` : `${SHARED}${file}`;
  return parsePage(readFileSync(path, 'utf8'), url);
}

/** Closes every window opened by {@link parsePage}. */
export async function closeWindows(): Promise<void> {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
}

const lexicon = compileLexicon(JSON.parse(readFileSync(`${DATA}companies.json`, 'utf8')) as CompanyRecord[]);

/** Data-request marks for `text`: the sentences of the detector's `kind: 'data'` mentions. */
export function dataRequests(text: string): { marks: DataRequestMarks; source: string } {
  const mentions = detect(text, lexicon).filter((m) => m.kind === 'data');
  return { marks: mentions.map((m) => ({ start: m.sentenceStart, end: m.sentenceEnd })), source: 'detect' };
}
