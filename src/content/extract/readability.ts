import { Readability } from '@mozilla/readability';
import { paragraphText } from './text';

/** What Readability found: its article as paragraphs of text, and the metadata it read. */
export interface ReadabilityArticle {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  text: string;
}

// Readability gives up (throws) past this many elements instead of working for seconds on the page's thread.
const MAX_ELEMENTS = 300_000;

/**
 * Runs Readability on a deep clone of `doc`: Readability rewrites the document it is given, and the live page
 * must never change. A cloned document has no browsing context, so nothing in it loads or runs.
 * Returns null when Readability finds no article (or fails on a malformed page).
 */
export function readArticle(doc: Document): ReadabilityArticle | null {
  const clone = doc.cloneNode(true) as Document;
  let parsed;
  try {
    // The serializer hands back the article's element, so that its text can be read by blocks; Readability's
    // own `innerHTML` serialisation is not needed (the HTML is never kept).
    parsed = new Readability<Element>(clone, {
      serializer: (node) => node as Element,
      maxElemsToParse: MAX_ELEMENTS,
    }).parse();
  } catch {
    return null;
  }
  if (!parsed || !parsed.content) return null;
  const text = paragraphText(parsed.content);
  if (!text) return null;
  return {
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    lang: parsed.lang ?? null,
    publishedTime: parsed.publishedTime ?? null,
    text,
  };
}
