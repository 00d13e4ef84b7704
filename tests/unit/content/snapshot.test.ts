// @vitest-environment happy-dom
/**
 * Saving parses a page away from it: a sliced snapshot is taken on the page's thread (snapshot.ts) and rebuilt
 * into an inert document elsewhere (rebuild.ts). The article read from the rebuilt copy must be the article read
 * from the page itself, and a malformed snapshot (a compromised page can send anything) must fail cleanly.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { extractForSave } from '../../../src/content/extract';
import { createRebuilder, MAX_DEPTH, SnapshotError } from '../../../src/content/extract/rebuild';
import { CHUNK_CHARS, CLOSE, takeSnapshot, type Snapshot } from '../../../src/content/extract/snapshot';
import { createParseSession } from '../../../src/background/offscreen/parse-session';
import { closeWindows, loadPage, PAGES, parsePage } from './extract-fixtures';

afterAll(closeWindows);

const noYield = () => Promise.resolve();

function freshImplementation(): DOMImplementation {
  return (new Window().document as unknown as Document).implementation;
}

async function snapshotOf(doc: Document): Promise<Snapshot> {
  const taken = await takeSnapshot(doc, { yieldToPage: noYield });
  if (!taken.ok) throw new Error(taken.error.message);
  return taken.snapshot;
}

function rebuild(snapshot: Snapshot): Document {
  const rebuilder = createRebuilder(freshImplementation());
  // As JSON, as the page hands it over.
  for (const chunk of snapshot.chunks) rebuilder.feed(JSON.stringify(chunk));
  return rebuilder.finish();
}

const FILES = [
  ...PAGES.map((p) => ({ file: p.file, url: p.original_url ?? 'https://example.com/page' })),
  {
    file: 'demo/seed-ar.html',
    url: 'http://localhost:8080/seed-ar.html',
  },
];

describe('snapshot → rebuild → extract, on the real pages', () => {
  it.each(FILES)('$file: the same article as extracting from the page itself', async ({ file, url }) => {
    const page = loadPage(file, url);
    const direct = extractForSave(page, undefined);
    const rebuilt = rebuild(await snapshotOf(page));
    const fromCopy = extractForSave(rebuilt, undefined, url);
    expect(direct.ok).toBe(true);
    expect(fromCopy).toEqual(direct);
  });
});

describe('takeSnapshot', () => {
  it('keeps text, tags and attributes; drops scripts, styles, event handlers and our own UI', async () => {
    const doc = parsePage(
      `<html lang="ar" dir="rtl"><head><title>T</title>
       <script>var secret = 1;</script><script type="application/ld+json">{"@type":"NewsArticle"}</script>
       </head><body><p class="lead" onclick="steal()">Face<b>book</b></p><privacy-radar-ui>card</privacy-radar-ui>
       <noscript>no</noscript><template><p>tpl</p></template></body></html>`,
      'https://example.com/a',
    );
    const rebuilt = rebuild(await snapshotOf(doc));
    expect(rebuilt.documentElement.getAttribute('lang')).toBe('ar');
    expect(rebuilt.documentElement.getAttribute('dir')).toBe('rtl');
    expect(rebuilt.title).toBe('T');
    const p = rebuilt.querySelector('p.lead');
    expect(p?.textContent).toBe('Facebook');
    expect(p?.hasAttribute('onclick')).toBe(false);
    expect(rebuilt.querySelector('script[type="application/ld+json"]')?.textContent).toContain('NewsArticle');
    expect(rebuilt.body.textContent).not.toMatch(/secret|card|tpl|no\b/);
  });

  it('cuts the copy into chunks and gives the thread back between slices', async () => {
    const doc = parsePage(
      `<html><body>${'<p>Facebook asked banks for customer data.</p>'.repeat(40_000)}</body></html>`,
      'https://example.com/a',
    );
    let clock = 0;
    let yields = 0;
    const taken = await takeSnapshot(doc, {
      yieldToPage: async () => void yields++,
      // Every reading of the clock is a millisecond later: a slice holds 8 readings.
      now: () => clock++,
    });
    if (!taken.ok) throw new Error(taken.error.message);
    expect(yields).toBeGreaterThan(10);
    expect(taken.snapshot.chunks.length).toBeGreaterThan(1);
    expect(taken.snapshot.incomplete).toBe(false);
    expect(rebuild(taken.snapshot).querySelectorAll('p')).toHaveLength(40_000);
  });

  it('refuses a page with more text than the limit, with the size in the error', async () => {
    const doc = parsePage(`<html><body><p>${'x'.repeat(5_000)}</p></body></html>`, 'https://example.com/a');
    const taken = await takeSnapshot(doc, { yieldToPage: noYield, limit: 1_000 });
    expect(taken).toMatchObject({ ok: false, error: { kind: 'too-large', limit: 1_000 } });
  });

  it('stops, marked incomplete, when the page removes the part it was reading', async () => {
    const doc = parsePage(
      `<html><body><main>${'<p>text</p>'.repeat(5_000)}</main></body></html>`,
      'https://example.com/a',
    );
    let clock = 0;
    const taken = await takeSnapshot(doc, {
      yieldToPage: async () => doc.querySelector('main')?.remove(),
      now: () => clock++,
    });
    if (!taken.ok) throw new Error(taken.error.message);
    expect(taken.snapshot.incomplete).toBe(true);
    // What was copied is still a well-formed document.
    expect(rebuild(taken.snapshot).querySelectorAll('p').length).toBeGreaterThan(0);
  });
});

describe('createRebuilder on malformed snapshots', () => {
  const bad: [string, unknown[]][] = [
    ['not JSON', 'text' as unknown as unknown[]],
    ['JSON of something else than a list', '{"a":1}' as unknown as unknown[]],
    ['a number', 42 as unknown as unknown[]],
    ['text before any element', ['text']],
    ['a close too many', [0, 'html', CLOSE, CLOSE]],
    ['an object', [0, 'html', { evil: true }]],
    ['a fractional number', [0, 'html', 1.5]],
    ['a huge attribute count', [99_999, 'html']],
    ['an attribute without a value', [1, 'html', 'lang']],
    ['a tag that is not a string', [0, 'html', 0, 42]],
  ];
  it.each(bad)('%s: a SnapshotError, not a wrong document', (_name, chunk) => {
    const rebuilder = createRebuilder(freshImplementation());
    expect(() => rebuilder.feed(chunk)).toThrow(SnapshotError);
  });

  it('an empty snapshot has no document', () => {
    expect(() => createRebuilder(freshImplementation()).finish()).toThrow(SnapshotError);
  });

  it('odd tag and attribute names become neutral; nothing is parsed as HTML', () => {
    const rebuilder = createRebuilder(freshImplementation());
    rebuilder.feed([0, 'html', 0, 'body', 2, 'x"y', 'a"b', 'v', 'onload', 'alert(1)', 1, 'p', 'class', 'c']);
    rebuilder.feed(['<img src=x onerror=alert(1)>', CLOSE, CLOSE, CLOSE, CLOSE]);
    const doc = rebuilder.finish();
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector('span')?.attributes).toHaveLength(0);
    expect(doc.querySelector('p.c')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('nesting deeper than the cap is flattened, and closes still balance', () => {
    const depth = MAX_DEPTH + 500;
    const chunk: unknown[] = [0, 'html', 0, 'body'];
    for (let i = 0; i < depth; i++) chunk.push(0, 'div');
    chunk.push('deep');
    for (let i = 0; i < depth; i++) chunk.push(CLOSE);
    chunk.push(0, 'p', 'after', CLOSE, CLOSE, CLOSE);
    const rebuilder = createRebuilder(freshImplementation());
    rebuilder.feed(chunk);
    const doc = rebuilder.finish();
    expect(doc.body.textContent).toBe('deepafter');
    expect(doc.querySelector('body > p')?.textContent).toBe('after');
  });

  it('a parse session reports a malformed snapshot as a save error, with the reason', () => {
    const session = createParseSession(freshImplementation(), { url: 'https://example.com/a' });
    expect(session.finish()).toMatchObject({ ok: false, error: { kind: 'no-text', message: /empty/ } });
  });
});

describe('takeSnapshot on one huge text node', () => {
  it('copies it as adjacent pieces across chunks, never splitting a surrogate pair', async () => {
    const text = `Facebook ${'😀'.repeat(CHUNK_CHARS)} end`;
    const doc = parsePage('<html><body><p id="big"></p></body></html>', 'https://example.com/a');
    doc.getElementById('big')!.textContent = text;
    const snapshot = await snapshotOf(doc);
    expect(snapshot.chunks.length).toBeGreaterThanOrEqual(3);
    for (const chunk of snapshot.chunks) {
      for (const item of chunk) {
        if (typeof item !== 'string') continue;
        expect(item.length).toBeLessThanOrEqual(CHUNK_CHARS);
        expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(item)).toBe(false);
      }
    }
    expect(rebuild(snapshot).getElementById('big')?.textContent).toBe(text);
  });
});
