import type { LanguageCode } from '../../core/language';

/** Where an article's text came from: Readability's article, the user's selection, or the page's main text. */
export type ExtractionMethod = 'readability' | 'selection' | 'visible-text';

/** What the content script extracts from a page on save. Every field is plain text, never HTML. */
export interface ExtractedArticle {
  /** The page's address as the browser has it. */
  url: string;
  /** The key the article is saved under (see `canonicalUrl` in src/core/canonical-url.ts). */
  canonicalUrl: string;
  title: string;
  /** og:site_name, application-name, or the JSON-LD publisher. */
  site: string | null;
  byline: string | null;
  /** Publication time as an ISO 8601 string, when the page states a plausible one. */
  published: string | null;
  /** `'ar'`, `'en'`, another language code, or `'und'`. */
  lang: LanguageCode;
  /** The article's text: paragraphs separated by a blank line, white space collapsed within them. */
  text: string;
  extraction: ExtractionMethod;
  /** The text was longer than the cap and was cut at a word boundary. */
  truncated: boolean;
}

/** Why a page cannot be saved. `message` is for logs and developers; the UI words it from `kind`. */
export type ExtractError =
  | { kind: 'unsupported-scheme'; scheme: string; message: string }
  | { kind: 'invalid-url'; message: string }
  | { kind: 'too-large'; chars: number; limit: number; message: string }
  /** No text could be had from the page: it has none, or extraction failed on it (see `message`). */
  | { kind: 'no-text'; message: string };

/** The outcome of extracting a page for saving. */
export type ExtractResult = { ok: true; article: ExtractedArticle } | { ok: false; error: ExtractError };
