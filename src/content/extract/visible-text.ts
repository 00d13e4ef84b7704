import { paragraphText } from './text';

// Where a page keeps its main content, in the order we trust them; the body is the last resort.
const MAIN_SELECTORS = ['main', '[role="main"]', 'article'];

/**
 * The page's visible main text, read (never changed) from `doc` through the text index: the first `main`,
 * `[role=main]` or `article` with text, else the body. Script, style, form fields, `hidden` and `aria-hidden`
 * subtrees are left out; CSS-hidden text is not (computing styles for every element is not worth it here).
 */
export function visibleMainText(doc: Document): string {
  for (const selector of MAIN_SELECTORS) {
    const root = doc.querySelector(selector);
    const text = root ? paragraphText(root) : '';
    if (text) return text;
  }
  return doc.body ? paragraphText(doc.body) : '';
}
