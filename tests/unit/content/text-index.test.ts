// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { indexText, TextWalker, type TextBlock } from '../../../src/content/text-index';
import { locate } from '../../../src/content/dom-range';

function body(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  return document.body;
}

const texts = (blocks: TextBlock[]) => blocks.map((b) => b.text.trim());

describe('text index', () => {
  it('joins text split by inline tags into one block', () => {
    const blocks = indexText(body('<p>Face<b>book</b> asked <a href="#">banks</a>.</p><p>Second</p>'));
    expect(texts(blocks)).toEqual(['Facebook asked banks.', 'Second']);
    expect(blocks[0]!.nodes.map((n) => n.data)).toEqual(['Face', 'book', ' asked ', 'banks', '.']);
  });

  it('skips scripts, styles, form fields, editable and hidden regions', () => {
    const html =
      '<p>keep</p><script>var Facebook</script><style>.x{}</style><textarea>Facebook</textarea>' +
      '<div contenteditable="true">Facebook</div><div hidden>Facebook</div><div aria-hidden="true">Facebook</div>' +
      '<noscript>Facebook</noscript><privacy-radar-ui>Facebook</privacy-radar-ui><p>end</p>';
    expect(texts(indexText(body(html)))).toEqual(['keep', 'end']);
  });

  it('reads what only looks skipped: contenteditable="false", aria-hidden="false"', () => {
    const html =
      '<div contenteditable="false">one</div><div contenteditable="">Facebook</div>' +
      '<div aria-hidden="false">two</div><div><span contenteditable="plaintext-only">Facebook</span>three</div>';
    expect(texts(indexText(body(html)))).toEqual(['one', 'two', 'three']);
  });

  it('skips hidden regions inside open shadow roots', () => {
    const root = body('<div id="host"></div>');
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    const shown = document.createElement('p');
    shown.textContent = 'shown';
    const hidden = document.createElement('p');
    hidden.setAttribute('aria-hidden', 'true');
    hidden.textContent = 'Facebook';
    shadow.append(hidden, shown);
    expect(texts(indexText(root))).toEqual(['shown']);
  });

  it('enters open shadow roots', () => {
    const root = body('<div id="host"></div><p>light</p>');
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'Google in shadow';
    shadow.append(p);
    expect(texts(indexText(root))).toEqual(['light', 'Google in shadow']);
  });

  it('separates text around a nested block', () => {
    expect(texts(indexText(body('<div>before <p>inner</p> after</div>')))).toEqual([
      'before',
      'inner',
      'after',
    ]);
  });

  it('walks in steps that stop at the deadline and resume where they stopped', () => {
    const root = body(Array.from({ length: 2000 }, (_, i) => `<p>para ${i}</p>`).join(''));
    const walker = new TextWalker(root);
    const out: TextBlock[] = [];
    let clock = 0;
    let steps = 0;
    while (!walker.step(out, clock + 1, () => clock++)) steps++;
    expect(steps).toBeGreaterThan(3);
    expect(out.map((b) => b.text)).toEqual(Array.from({ length: 2000 }, (_, i) => `para ${i}`));
  });

  it('maps block offsets back to text nodes', () => {
    const [block] = indexText(body('<p>Face<b>book</b> asked</p>'));
    expect(locate(block!, 0, false)).toMatchObject({ offset: 0 });
    const start = locate(block!, 4, false);
    expect(start.node.data).toBe('book');
    expect(start.offset).toBe(0);
    const end = locate(block!, 4, true);
    expect(end.node.data).toBe('Face');
    expect(end.offset).toBe(4);
  });
});
