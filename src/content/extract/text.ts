import { indexText } from '../text-index';

/** Longest article text kept (UTF-16 units, ≈ 2 MB): more is never an article, and the database stores it. */
export const MAX_TEXT_CHARS = 2_000_000;

/** Collapses every run of white space (NBSP, tabs, line breaks) to one space and trims. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text under `root` as paragraphs: one per block-level element (read by the text index, so script, style,
 * hidden and form content are left out exactly as for highlighting), separated by a blank line. Line breaks
 * from the HTML source are collapsed: the sentence splitter treats a line break as the end of a sentence.
 */
export function paragraphText(root: Element): string {
  const paragraphs: string[] = [];
  for (const block of indexText(root)) {
    const text = collapseSpace(block.text);
    if (text) paragraphs.push(text);
  }
  return paragraphs.join('\n\n');
}

/** Plain text typed or selected by the user: spaces collapsed within lines, blank lines between paragraphs. */
export function plainParagraphs(text: string): string {
  return text.split(/\n/).map(collapseSpace).filter(Boolean).join('\n\n');
}

/** `text` cut to at most `max` units, at the last white space before the cut when there is one nearby. */
export function capText(text: string, max = MAX_TEXT_CHARS): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  let cut = max;
  // Back up to a space (within 1,000 units) so no word, and no surrogate pair, is split.
  while (cut > max - 1000 && !/\s/.test(text.charAt(cut))) cut--;
  if (cut === max - 1000) cut = /[\uDC00-\uDFFF]/.test(text.charAt(max)) ? max - 1 : max;
  return { text: text.slice(0, cut).trimEnd(), truncated: true };
}
