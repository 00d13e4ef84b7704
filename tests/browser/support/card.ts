/**
 * Reads and clicks the hover card, which lives in a closed shadow root that page scripts (and Playwright's
 * selectors) cannot enter. The DevTools protocol can: `DOM.getDocument({pierce: true})` lists closed shadow
 * roots too.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

async function cardRoot(cdp: CDPSession): Promise<DomNode | undefined> {
  return (await uiRoots(cdp))[0];
}

/** The closed shadow roots of our UI hosts (the card's, the notice's), in document order. */
async function uiRoots(cdp: CDPSession): Promise<DomNode[]> {
  // Only the host's subtree is described: a whole deep document can exceed the protocol's nesting limit.
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: DomNode };
  // A page may spoof our element's name: ours is the one with a (closed) shadow root.
  const { nodeIds } = (await cdp.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: 'privacy-radar-ui',
  })) as { nodeIds: number[] };
  const roots: DomNode[] = [];
  for (const nodeId of nodeIds) {
    await cdp.send('DOM.requestChildNodes', { nodeId, depth: -1, pierce: true });
    const described = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as {
      node: DomNode;
    };
    const shadow = described.node.shadowRoots?.[0];
    if (shadow) roots.push(shadow);
  }
  return roots;
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE') return '';
  const inner = [...(node.children ?? [])].map(textOf).join('');
  return /^(P|DIV|LI|BUTTON|SUMMARY|A)$/.test(node.nodeName) ? ` ${inner} ` : inner;
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode[] {
  const out: DomNode[] = [];
  const stack = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (test(n)) out.push(n);
    stack.push(...(n.children ?? []));
  }
  return out;
}

const attr = (n: DomNode, name: string) => {
  const list = n.attributes ?? [];
  const i = list.indexOf(name);
  return i >= 0 && i % 2 === 0 ? list[i + 1] : undefined;
};

export interface CardView {
  /** The card's visible text, white space collapsed; null when no card is shown. */
  text: string | null;
  /** `data-related-id` of each related item shown, in order. */
  relatedIds: string[];
  dir: string | undefined;
  /** Every element name in the card (to prove page text never becomes markup there). */
  tags: string[];
}

export interface NoticeView {
  text: string;
  role: string | undefined;
  dir: string | undefined;
  tags: string[];
}

/** The notices (toasts) our UI shows on the page, e.g. after a save from the keyboard command. */
export async function readNotices(page: Page): Promise<NoticeView[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const notices = (await uiRoots(cdp)).flatMap((root) =>
      find(root, (n) => /\btoast\b/.test(attr(n, 'class') ?? '')),
    );
    return notices.map((n) => ({
      text: textOf(n).replace(/\s+/g, ' ').trim(),
      role: attr(n, 'role'),
      dir: attr(n, 'dir'),
      tags: [...new Set(find(n, (m) => m.nodeType === 1).map((m) => m.nodeName))],
    }));
  } finally {
    await cdp.detach();
  }
}

export async function readCard(page: Page): Promise<CardView> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const root = await cardRoot(cdp);
    const card = root && find(root, (n) => attr(n, 'data-testid') === 'card')[0];
    if (!card) return { text: null, relatedIds: [], dir: undefined, tags: [] };
    const relatedIds = find(card, (n) => attr(n, 'data-related-id') !== undefined)
      .map((n) => attr(n, 'data-related-id')!)
      .reverse();
    const tags = [...new Set(find(card, (n) => n.nodeType === 1).map((n) => n.nodeName))];
    return { text: textOf(card).replace(/\s+/g, ' ').trim(), relatedIds, dir: attr(card, 'dir'), tags };
  } finally {
    await cdp.detach();
  }
}

/** Waits for the card to satisfy `check`. */
export async function waitForCard(
  page: Page,
  check: (c: CardView) => boolean,
  timeoutMs = 10_000,
): Promise<CardView> {
  const until = Date.now() + timeoutMs;
  let last: CardView | undefined;
  while (Date.now() < until) {
    last = await readCard(page);
    if (check(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the card never matched; last seen: ${JSON.stringify(last)}`);
}

/** Clicks the card's button whose text contains `label`. */
export async function clickCardButton(page: Page, label: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const root = await cardRoot(cdp);
    const button = root && find(root, (n) => n.nodeName === 'BUTTON' && textOf(n).includes(label))[0];
    if (!button) throw new Error(`no card button "${label}"`);
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendNodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, x2, , , y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x2) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

/**
 * The centre of the `index`-th range of a highlight in document order (as page-state.ts READ_HIGHLIGHTS lists them),
 * from the main world (which shares `CSS.highlights`).
 */
export async function highlightCenter(
  page: Page,
  name: string,
  index = 0,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([n, i]) => {
      const ranges = [...(CSS.highlights.get(n as string) ?? [])] as AbstractRange[];
      ranges.sort((a, b) =>
        a.startContainer === b.startContainer
          ? a.startOffset - b.startOffset
          : a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING
            ? -1
            : 1,
      );
      const r = ranges[i as number];
      if (!r) throw new Error(`no range ${i} in ${n}`);
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const first = range.getClientRects()[0]!;
      window.scrollBy(0, first.top - innerHeight / 2);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [name, index] as const,
  );
}
