/**
 * One saved page being parsed: its snapshot's chunks are rebuilt into an inert document as they arrive, then
 * the article is extracted from it. Runs wherever there is a DOM but no page: Chromium's offscreen document,
 * Firefox's background page.
 */
import { extractForSave, type ExtractResult } from '../../content/extract';
import { createRebuilder, SnapshotError } from '../../content/extract/rebuild';

export interface ParseSession {
  feed(chunk: unknown): void;
  finish(): ExtractResult;
}

export function createParseSession(
  implementation: DOMImplementation,
  page: { url: string; selection?: string | undefined },
): ParseSession {
  const rebuilder = createRebuilder(implementation);
  return {
    feed: (chunk) => rebuilder.feed(chunk),
    finish() {
      let doc: Document;
      try {
        doc = rebuilder.finish();
      } catch (error) {
        if (!(error instanceof SnapshotError)) throw error;
        return {
          ok: false,
          error: { kind: 'no-text', message: `The page could not be read: ${error.message}` },
        };
      }
      return extractForSave(doc, page.selection, page.url);
    },
  };
}
