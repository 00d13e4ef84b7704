/**
 * Hostile pages, generated: what a privacy extension meets in the wild or from a page that wants to break it.
 * Each has a data-request sentence somewhere, so the extension has work to do on it.
 */

export interface HostilePage {
  name: string;
  html: string;
  headers?: Record<string, string>;
  /** The page changes its own DOM: its HTML is not expected to stay byte-identical. */
  dynamic?: boolean;
  /** A data-request highlight is expected (false where the text is deliberately unreadable to us). */
  expectHighlight?: boolean;
}

const SENTENCE =
  'Facebook asked several large banks to share detailed financial information about their customers.';
const AR_SENTENCE = 'طلبت شركة فيسبوك من البنوك مشاركة البيانات المالية لعملائها.';

const page = (body: string, head = '', lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>hostile</title>${head}</head><body>${body}</body></html>`;

const script = (code: string) => `<script>${code}</script>`;

export function hostilePages(crossOrigin: string): HostilePage[] {
  return [
    {
      name: 'huge-dom-200k-text-nodes',
      html: page(
        script(`const f = document.createDocumentFragment();
for (let i = 0; i < 20000; i++) { const p = document.createElement('p'); for (let k = 0; k < 10; k++) p.append('w' + k + ' '); f.append(p); }
document.body.append(f);`) + `<p>${SENTENCE}</p>`,
      ),
      dynamic: true,
    },
    {
      name: 'five-mb-single-text-node',
      html: page(
        script(
          `document.body.append(document.createTextNode(${JSON.stringify(SENTENCE + ' ')}.repeat(52000)));`,
        ),
      ),
      dynamic: true,
    },
    {
      name: 'deep-nesting-1000',
      html: page(
        script(
          `let el = document.body; for (let i = 0; i < 1000; i++) { const d = document.createElement('div'); el.append(d); el = d; } el.append(${JSON.stringify(SENTENCE)});`,
        ),
      ),
      dynamic: true,
    },
    {
      name: 'text-changing-every-10ms',
      html: page(
        `<p id="clock">0</p><p>${SENTENCE}</p>` +
          script(
            `let n = 0; setInterval(() => { document.getElementById('clock').textContent = String(n++) + ' Google collected location data ' + n; }, 10);`,
          ),
      ),
      dynamic: true,
    },
    {
      name: 'continuous-mutation',
      html: page(
        `<div id="box"></div><p>${SENTENCE}</p>` +
          script(
            `const box = document.getElementById('box'); setInterval(() => { box.replaceChildren(...Array.from({length: 50}, (_, i) => Object.assign(document.createElement('span'), {textContent: 'item ' + i + ' Amazon shared recordings with police. '}))); }, 16);`,
          ),
      ),
      dynamic: true,
    },
    {
      name: 'redefined-dom-prototypes',
      html: page(
        script(`Node.prototype.appendChild = function () { throw new Error('page broke appendChild'); };
Element.prototype.attachShadow = function () { throw new Error('page broke attachShadow'); };
Document.prototype.createTreeWalker = function () { throw new Error('page broke createTreeWalker'); };
Document.prototype.createRange = function () { throw new Error('page broke createRange'); };
window.StaticRange = function () { throw new Error('page broke StaticRange'); };
window.Highlight = function () { throw new Error('page broke Highlight'); };`) + `<p>${SENTENCE}</p>`,
      ),
    },
    {
      name: 'redefined-builtins',
      html: page(
        script(`Array.prototype.push = function () { throw new Error('page broke push'); };
Array.prototype.map = function () { throw new Error('page broke map'); };
Object.defineProperty = function () { throw new Error('page broke defineProperty'); };
JSON.parse = function () { throw new Error('page broke JSON.parse'); };
String.prototype.slice = function () { return 'x'; };
Map.prototype.get = function () { return undefined; };
window.Promise = function () { throw new Error('page broke Promise'); };`) + `<p>${SENTENCE}</p>`,
      ),
    },
    {
      name: 'strict-csp',
      html: page(`<p>${SENTENCE}</p>`),
      headers: {
        'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'",
      },
    },
    {
      name: 'csp-meta-blocks-styles',
      html: page(
        `<p>${SENTENCE}</p>`,
        `<meta http-equiv="Content-Security-Policy" content="style-src 'none'">`,
      ),
    },
    {
      name: 'open-shadow-dom',
      html: page(
        `<div id="host"></div>` +
          script(
            `const s = document.getElementById('host').attachShadow({mode: 'open'}); const p = document.createElement('p'); p.textContent = ${JSON.stringify(SENTENCE)}; s.append(p);`,
          ),
      ),
    },
    {
      name: 'closed-shadow-dom',
      html: page(
        `<div id="host"></div><p>${SENTENCE}</p>` +
          script(
            `const s = document.getElementById('host').attachShadow({mode: 'closed'}); s.append('Google collected location data in a closed root.');`,
          ),
      ),
    },
    {
      name: 'same-origin-iframe',
      html: page(`<p>${SENTENCE}</p><iframe srcdoc="<p>${SENTENCE}</p>"></iframe>`),
    },
    {
      name: 'cross-origin-iframe',
      html: page(`<p>${SENTENCE}</p><iframe src="${crossOrigin}/story-en.html"></iframe>`),
    },
    {
      name: 'contenteditable',
      html: page(`<div contenteditable="true"><p>${SENTENCE}</p></div><p>${SENTENCE}</p>`),
    },
    {
      name: 'textarea-and-inputs',
      html: page(`<textarea>${SENTENCE}</textarea><input value="${SENTENCE}"><p>${SENTENCE}</p>`),
    },
    {
      name: 'svg-and-mathml-text',
      html: page(
        `<svg width="600" height="60"><text x="0" y="20">${SENTENCE}</text></svg><math><mtext>Google collected location data</mtext></math><p>${SENTENCE}</p>`,
      ),
    },
    {
      name: 'rtl-arabic',
      html: page(`<p>${AR_SENTENCE}</p>`, '', 'ar').replace('<html lang="ar">', '<html lang="ar" dir="rtl">'),
    },
    {
      name: 'mixed-direction',
      html: page(
        `<p dir="auto">قالت التقارير إن Facebook asked banks to share customers' financial data وفق وول ستريت جورنال.</p><p>${SENTENCE}</p>`,
      ),
    },
    {
      name: 'html-payload-in-text',
      html: page(
        `<p>Facebook asked banks to share financial data &lt;img src=x onerror=alert(1)&gt; &lt;script&gt;alert(2)&lt;/script&gt; about their customers.</p>`,
      ),
    },
    {
      name: 'spoofed-ui-element',
      html: page(
        `<privacy-radar-ui>Google collected location data from phones.</privacy-radar-ui><p>${SENTENCE}</p>`,
      ),
    },
    {
      name: 'spoofed-highlight-names',
      html: page(
        script(`CSS.highlights.set('privacy-radar-data', new Highlight()); CSS.highlights.set('privacy-radar-focus', new Highlight());
setTimeout(() => CSS.highlights.delete('privacy-radar-data'), 300);`) + `<p>${SENTENCE}</p>`,
      ),
      dynamic: true,
    },
    {
      name: 'zero-width-and-bidi-in-names',
      html: page(
        `<p>Face\u200Bbook asked banks to share financial data, and Goo\u202Egle\u202C collected location data.</p>`,
      ),
    },
    {
      name: 'split-by-inline-tags',
      html: page(
        `<p>Fa<b>ce</b><i>bo</i>ok asked banks to share detailed financial information about customers.</p>`,
      ),
    },
    {
      name: 'nul-and-lone-surrogates',
      html: page(`<p>\u0000 \uD800 Facebook asked banks to share financial data \uDC00 about customers.</p>`),
    },
    {
      name: 'hidden-text',
      html: page(`<div hidden>${SENTENCE}</div><div aria-hidden="true">${SENTENCE}</div><p>${SENTENCE}</p>`),
    },
    {
      name: 'infinite-scroll',
      html: page(
        `<main id="feed"></main>` +
          script(
            `let n = 0; const t = setInterval(() => { for (let i = 0; i < 100; i++) { const p = document.createElement('p'); p.textContent = (i % 20 ? 'Plain item ' : ${JSON.stringify(SENTENCE)} + ' ') + (n * 100 + i); document.getElementById('feed').append(p); } if (++n === 10) clearInterval(t); }, 100);`,
          ),
      ),
      dynamic: true,
    },
    {
      name: 'spa-navigation',
      html: page(
        `<main id="app"><p>Weather only.</p></main>` +
          script(
            `setTimeout(() => { history.pushState({}, '', '?route=2'); document.getElementById('app').replaceChildren(Object.assign(document.createElement('p'), {textContent: ${JSON.stringify(SENTENCE)}})); }, 300);`,
          ),
      ),
      dynamic: true,
    },
    {
      name: 'document-write-and-reload-body',
      html: page(
        `<p>${SENTENCE}</p>` +
          script(
            `setTimeout(() => { document.body = document.createElement('body'); document.body.append(Object.assign(document.createElement('p'), {textContent: ${JSON.stringify(SENTENCE)}})); }, 200);`,
          ),
      ),
      dynamic: true,
    },
  ];
}
