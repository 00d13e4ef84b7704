/** Article extraction for saving (content script side). */
export { extractArticle, extractForSave } from './extract-article';
export { guardPageSize, pageTextLength, MAX_PAGE_TEXT_CHARS } from './guard';
export { MAX_TEXT_CHARS } from './text';
export type { ExtractedArticle, ExtractError, ExtractionMethod, ExtractResult } from './types';
