/**
 * Extraction of the page's article for saving. It runs only when the user explicitly saves (popup, hover card,
 * context menu, keyboard command), never on page load, and never on the page's thread: Readability works
 * synchronously and takes hundreds of milliseconds on a large page, so it runs on a document rebuilt from a
 * sliced snapshot of the page (snapshot.ts, rebuild.ts) in the background's own document. The summary is not
 * computed here: it is pure (src/core/summarize.ts).
 */
import { canonicalUrl } from '../../core/canonical-url';
import { detectLanguage } from '../../core/language';
import { toIsoDate } from './dates';
import { guardPageSize } from './guard';
import { readJsonLd } from './json-ld';
import {
  AUTHOR_KEYS,
  DATE_KEYS,
  SITE_KEYS,
  TITLE_KEYS,
  bylineField,
  field,
  firstHeading,
  firstMeta,
  readMeta,
  urlHints,
} from './metadata';
import { readArticle, type ReadabilityArticle } from './readability';
import { capText, plainParagraphs } from './text';
import type { ExtractedArticle, ExtractionMethod, ExtractResult } from './types';
import { urlError } from './url-error';
import { visibleMainText } from './visible-text';

/**
 * Below this many characters Readability's "article" is a fragment (a cookie notice, a caption), not the
 * story: the user's selection or the page's main text is a better record of what they meant to save.
 */
const MIN_ARTICLE_CHARS = 200;
/** Site names are short; the database bounds them at 300 characters. */
const MAX_SITE_CHARS = 300;

function chooseText(
  doc: Document,
  article: ReadabilityArticle | null,
  selection: string | undefined,
): { text: string; extraction: ExtractionMethod } {
  if (article && article.text.length >= MIN_ARTICLE_CHARS)
    return { text: article.text, extraction: 'readability' };
  const selected = plainParagraphs(selection ?? '');
  if (selected) return { text: selected, extraction: 'selection' };
  return { text: visibleMainText(doc), extraction: 'visible-text' };
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/**
 * Extracts the article of `doc` (the live document: it is cloned before Readability touches it). Falls back
 * to `selection` (the user's selected text), then to the page's visible main text, and says which in
 * `extraction`. Call {@link extractForSave} instead to refuse pages that cannot or should not be saved.
 */
export function extractArticle(doc: Document, selection?: string, url = doc.URL): ExtractedArticle {
  const meta = readMeta(doc);
  const jsonLd = readJsonLd(doc);
  const article = readArticle(doc);
  const { text: fullText, extraction } = chooseText(doc, article, selection);
  const { text, truncated } = capText(fullText);
  const canonical = canonicalUrl(url, urlHints(doc, meta));
  return {
    url,
    canonicalUrl: canonical.ok ? canonical.url : withoutFragment(url),
    title:
      field(article?.title) ??
      firstMeta(meta, TITLE_KEYS) ??
      field(jsonLd.headline) ??
      firstHeading(doc) ??
      field(doc.title) ??
      '',
    site: field(firstMeta(meta, SITE_KEYS) ?? jsonLd.publisher ?? article?.siteName, MAX_SITE_CHARS),
    byline:
      bylineField(article?.byline) ?? bylineField(firstMeta(meta, AUTHOR_KEYS)) ?? bylineField(jsonLd.author),
    published:
      toIsoDate(firstMeta(meta, DATE_KEYS)) ??
      toIsoDate(jsonLd.datePublished) ??
      toIsoDate(article?.publishedTime),
    lang: detectLanguage(text, doc.documentElement?.getAttribute('lang') ?? article?.lang),
    text,
    extraction,
    truncated,
  };
}

/**
 * Extraction for the save action: refuses non-web pages (`file:`, `chrome:`…), pages too large to extract
 * safely, and pages with no text at all, each with a typed error; never throws.
 */
export function extractForSave(doc: Document, selection?: string, url = doc.URL): ExtractResult {
  const canonical = canonicalUrl(url);
  if (!canonical.ok) return { ok: false, error: urlError(canonical.error) };
  const size = guardPageSize(doc);
  if (!size.ok) return size;
  let article: ExtractedArticle;
  try {
    article = extractArticle(doc, selection, url);
  } catch (error) {
    // Pages are endlessly odd; a failure here must reach the user as a message, not as a dead button.
    return { ok: false, error: { kind: 'no-text', message: `No text could be extracted: ${String(error)}` } };
  }
  if (!article.text)
    return { ok: false, error: { kind: 'no-text', message: 'This page has no text to save.' } };
  return { ok: true, article };
}
