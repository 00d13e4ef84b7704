/**
 * The one owner of our CSS Custom Highlights. The page's DOM is never touched: ranges are registered in
 * `CSS.highlights` under three names, styled by highlights.css (injected by the browser, not as a page node).
 */

export const HIGHLIGHT_NAMES = {
  data: 'privacy-radar-data',
  plain: 'privacy-radar-plain',
  focus: 'privacy-radar-focus',
} as const;

export type HighlightKind = 'data' | 'plain';

export interface Highlighter {
  add(kind: HighlightKind, range: AbstractRange): void;
  remove(range: AbstractRange): void;
  focus(range: AbstractRange | null): void;
  /** Re-registers our highlights if the page removed or replaced them. */
  ensureRegistered(): void;
  size(): number;
  clear(): void;
  destroy(): void;
}

export function createHighlighter(registry: HighlightRegistry = CSS.highlights): Highlighter {
  const sets = {
    data: new Highlight(),
    plain: new Highlight(),
    focus: new Highlight(),
  };
  sets.plain.priority = 0;
  sets.data.priority = 1;
  sets.focus.priority = 2;

  const ensureRegistered = () => {
    for (const kind of ['data', 'plain', 'focus'] as const) {
      const name = HIGHLIGHT_NAMES[kind];
      if (registry.get(name) !== sets[kind]) registry.set(name, sets[kind]);
    }
  };
  ensureRegistered();

  return {
    add(kind, range) {
      sets[kind].add(range);
    },
    remove(range) {
      sets.data.delete(range);
      sets.plain.delete(range);
      sets.focus.delete(range);
    },
    focus(range) {
      sets.focus.clear();
      if (range) sets.focus.add(range);
    },
    ensureRegistered,
    size: () => sets.data.size + sets.plain.size,
    clear() {
      sets.data.clear();
      sets.plain.clear();
      sets.focus.clear();
    },
    destroy() {
      for (const kind of ['data', 'plain', 'focus'] as const) {
        const name = HIGHLIGHT_NAMES[kind];
        if (registry.get(name) === sets[kind]) registry.delete(name);
        sets[kind].clear();
      }
    },
  };
}
