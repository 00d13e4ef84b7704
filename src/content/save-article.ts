/**
 * Saving the current page: extraction (Readability on a clone of the document, never the live page), the local
 * summary and detections, then one 'article/save' message. Runs only on the user's explicit save.
 */
import { analyzeArticle } from '../core/analyze-article';
import type { CompiledLexicon } from '../core';
import type { ArticleMeta, Response } from '../shared/messages';
import { sendFromContent } from '../shared/messaging';
import { extractForSave, type ExtractError } from './extract';

const REASONS: Record<ExtractError['kind'], string> = {
  'unsupported-scheme': 'this kind of page cannot be saved (only http and https pages)',
  'invalid-url': 'this page has no address that can be saved',
  'too-large': 'this page is too large to save (over 20 MB of text)',
  'no-text': 'this page has no text to save',
};

export async function saveThisPage(
  lexicon: CompiledLexicon,
): Promise<Response<{ article: ArticleMeta; created: boolean }>> {
  const selection = window.getSelection()?.toString() ?? '';
  const result = extractForSave(document, selection || undefined);
  if (!result.ok) return { ok: false, error: REASONS[result.error.kind] };
  const article = result.article;
  const { summary, detections } = analyzeArticle(article.text, lexicon, article.lang);
  return sendFromContent('article/save', {
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title.slice(0, 1_000),
    site: (article.site ?? '').slice(0, 300),
    byline: (article.byline ?? '').slice(0, 1_000),
    published: article.published,
    lang: article.lang.slice(0, 35),
    text: article.text,
    summary,
    detections: { ...detections, companies: detections.companies.slice(0, 500) },
    extraction: article.extraction,
  });
}
