/**
 * Injected by the background (scripting.executeScript) only when the user saves a page, so the article
 * extractor (Readability, ~35 KB) is not carried into every page by the content script. It runs in the
 * extension's isolated world and leaves one function there for the background's next call to use.
 */
import { extractForSave } from './extract';

(globalThis as unknown as { privacyRadarExtract: unknown }).privacyRadarExtract = () =>
  extractForSave(document, globalThis.getSelection?.()?.toString() || undefined);
