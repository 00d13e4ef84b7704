/** Generated pages for benchmarks and hostile-page tests. All text is our own. */

const EN_DATA = [
  'Facebook asked several large banks to share detailed financial information about their customers.',
  'Google collected location data from millions of phones even when the setting was off.',
  'Amazon shared recordings from its Ring cameras with police without a warrant.',
  'The report said TikTok sold browsing data to advertisers.',
];
const EN_PLAIN = [
  'The weather in the city was mild for most of the week, and the markets closed higher.',
  'Engineers met on Tuesday to discuss the roadmap for the next release of the software.',
  'A new museum opened downtown with an exhibition of early photography and maps.',
  'The council approved the budget after a long debate about roads and schools.',
];

/** About `chars` characters of article text in `<p>` paragraphs, one data sentence in every `every`. */
export function articleHtml(chars: number, every = 12, title = 'Generated article'): string {
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  while (size < chars) {
    const sentences: string[] = [];
    for (let k = 0; k < 5; k++, i++) {
      sentences.push(i % every === 0 ? EN_DATA[i % EN_DATA.length]! : EN_PLAIN[i % EN_PLAIN.length]!);
    }
    const p = sentences.join(' ');
    size += p.length;
    parts.push(`<p>${p}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${parts.join('\n')}</article></body></html>`;
}

/** A page with exactly `n` data-request sentences (each one highlight) and a script that times DOM edits. */
export function highlightsPageHtml(n: number): string {
  const paragraphs = Array.from({ length: n }, (_, i) => `<p>${EN_DATA[0]} (${i})</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${n} data sentences</title></head><body>${paragraphs}<div id="edits"></div></body></html>`;
}

/** In-page script: inserts then removes 2,000 elements, `rounds` times; returns the median ms. */
export const TIME_DOM_EDITS = `(async () => {
  const host = document.getElementById('edits') || document.body;
  const times = [];
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    const made = [];
    for (let i = 0; i < 2000; i++) {
      const d = document.createElement('div');
      d.textContent = 'row ' + i;
      host.appendChild(d);
      made.push(d);
    }
    for (const d of made) d.remove();
    times.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 20));
  }
  times.sort((a, b) => a - b);
  return times[3];
})()`;

/**
 * A feed that appends 100 items every 100 ms, `batches` times, once `window.__startFeed()` is called, then sets
 * `window.__feedDone`. It opens with one data-request item, so that the extension's start-up (script, lexicon,
 * cue tables) is done before the feed starts and a batch's cost is only the batch's.
 */
export function feedPageHtml(batches = 20): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Feed</title></head><body><main id="feed"><article><p>${EN_DATA[0]}</p></article></main>
<script>
let n = 0;
const feed = document.getElementById('feed');
const texts = ${JSON.stringify([...EN_DATA, ...EN_PLAIN])};
window.__startFeed = () => { const timer = setInterval(() => {
  for (let i = 0; i < 100; i++) {
    const item = document.createElement('article');
    const p = document.createElement('p');
    p.textContent = texts[(n * 100 + i) % texts.length] + ' #' + (n * 100 + i);
    item.appendChild(p);
    feed.appendChild(item);
  }
  if (++n >= ${batches}) { clearInterval(timer); window.__feedDone = true; }
}, 100); };
</script></body></html>`;
}

/**
 * In-page script: the floor, reading the page's text once with a bare TreeWalker — every text node, every
 * character (an annotator must look at each) — in a page that has not run it before. Returns [chars, ms].
 */
export const FLOOR_WALK = `(() => {
  const t0 = performance.now();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let sum = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    const text = n.data;
    for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
    chars += text.length;
  }
  const ms = performance.now() - t0;
  // The sum is returned so that the reads cannot be optimised away.
  return [chars, ms, sum];
})()`;
