/**
 * Saving a tab's page, whoever asks (popup, hover card, keyboard command, context menu): the extractor is
 * injected into the tab's top frame, the page's text comes back, and the summary and detections are computed
 * here, off the page's thread. The result is validated like any message from a page before it is stored.
 */
import * as v from 'valibot';
import extractScript from '../content/extract-page.iife.ts?script';
import type { SnapshotStart } from '../content/extract-page.iife';
import { analyzeArticle } from '../core/analyze-article';
import type { CompiledLexicon } from '../core';
import type { ExtractResult } from '../content/extract';
import browser from '../shared/browser';
import { describeIssues } from '../shared/envelope';
import type { ArticleMeta } from '../shared/messages';
import { articleInput, type ArticleInput } from '../shared/schemas';
import type { ArticleParser } from './article-parser';
import { HandlerError } from './router';

/** 20 M characters of text in chunks of 256 K (snapshot.ts), with room for markup-heavy pages. */
const MAX_CHUNKS = 400;

const REASONS: Record<string, string> = {
  'unsupported-scheme': 'This kind of page cannot be saved: only http and https pages can.',
  'invalid-url': 'This page has no address that can be saved.',
  'too-large': 'This page is too large to save (over 20 MB of text).',
  'no-text': 'This page has no text to save.',
};

export interface TabSaverDeps {
  /** Runs the extractor in the tab and returns its result (injected so tests need no browser). */
  extract(tabId: number): Promise<unknown>;
  save(input: ArticleInput): Promise<{ article: ArticleMeta; created: boolean }>;
  /** The lexicon to find the article's companies with (the user's own companies included). */
  lexicon(): Promise<CompiledLexicon>;
}

export function createTabSaver(deps: TabSaverDeps) {
  return async function saveTab(tabId: number): Promise<{ article: ArticleMeta; created: boolean }> {
    let result: ExtractResult;
    try {
      result = (await deps.extract(tabId)) as ExtractResult;
    } catch (error) {
      // Browser pages (chrome:, about:, the store) and file: pages refuse injection.
      throw new HandlerError(
        `This page cannot be saved (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    if (!result || typeof result !== 'object' || !('ok' in result))
      throw new HandlerError('The page did not answer.');
    if (!result.ok) throw new HandlerError(REASONS[result.error.kind] ?? result.error.message);
    const page = result.article;
    const { summary, detections } = analyzeArticle(page.text, await deps.lexicon(), page.lang);
    const checked = v.safeParse(articleInput, {
      url: page.url,
      canonicalUrl: page.canonicalUrl,
      title: page.title.slice(0, 1_000),
      site: (page.site ?? '').slice(0, 300),
      byline: (page.byline ?? '').slice(0, 1_000),
      published: page.published,
      lang: page.lang.slice(0, 35),
      text: page.text,
      summary,
      detections: { ...detections, companies: detections.companies.slice(0, 500) },
      extraction: page.extraction,
    });
    if (!checked.success)
      throw new HandlerError(
        `The page gave an article that cannot be saved: ${describeIssues(checked.issues)}`,
      );
    return deps.save(checked.output);
  };
}

/**
 * Injects the snapshot script into the tab's top frame, takes the page's snapshot there (in slices, see
 * snapshot.ts), pulls it over one chunk per call, and has `parser` extract the article from it off the page's
 * thread. Answers an {@link ExtractResult}, or throws when the tab refuses injection.
 */
export async function extractInTab(tabId: number, parser: ArticleParser): Promise<unknown> {
  const target = { tabId, frameIds: [0] };
  await browser.scripting.executeScript({ target, files: [extractScript] });
  const [started] = await browser.scripting.executeScript({
    target,
    func: () =>
      (globalThis as unknown as { privacyRadarSnapshot: { start(): unknown } }).privacyRadarSnapshot.start(),
  });
  const start = started?.result as SnapshotStart | undefined;
  if (!start || typeof start !== 'object' || !start.ok) return start;
  if (!Number.isInteger(start.chunks) || start.chunks < 0 || start.chunks > MAX_CHUNKS)
    throw new HandlerError('The page gave a snapshot that cannot be read.');
  const job = await parser.begin({ url: String(start.url), selection: start.selection });
  try {
    for (let index = 0; index < start.chunks; index++) {
      const [taken] = await browser.scripting.executeScript({
        target,
        func: (i: number) =>
          (
            globalThis as unknown as { privacyRadarSnapshot: { take(i: number): unknown } }
          ).privacyRadarSnapshot.take(i),
        args: [index],
      });
      await job.feed(taken?.result);
    }
  } catch (error) {
    await job.abandon();
    throw error;
  }
  return job.finish();
}
