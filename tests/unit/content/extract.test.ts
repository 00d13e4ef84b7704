// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle, extractForSave, guardPageSize, MAX_TEXT_CHARS } from '../../../src/content/extract';
import { toIsoDate } from '../../../src/content/extract/dates';
import { readJsonLd } from '../../../src/content/extract/json-ld';
import { capText } from '../../../src/content/extract/text';
import { summarize } from '../../../src/core/summarize';
import { closeWindows, dataRequests, loadPage, PAGES, parsePage, testSentences } from './extract-fixtures';

afterAll(closeWindows);

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

// A sentence of each article's body, checked by hand against the page source (where it spans inline markup).
const KNOWN_SENTENCES: Record<string, string> = {
  'pages/aclu.html':
    "Facebook uses this contact information to learn about people, even if those people don't agree to participate.",
  'pages/theverge.html': 'The Vision Pro blows away every other headset in this regard.',
  'pages/cnet.html':
    'Facebook CEO Mark Zuckerberg knows a thing or two about how to seal the deal on blockbuster buys.',
  'pages/google-sre-book-1.html':
    'Your monitoring system should address two questions: what’s broken, and why?',
  'pages/wikipedia.html': 'Mozilla is a free-software community, created in 1998 by members of Netscape.',
  'pages/videos-1.html': 'Rat Film is available to digitally rent on YouTube and Google Play.',
  'pages/engadget.html': 'As promised, the Xbox One X is the most powerful game console ever.',
  'pages/seattletimes-1.html':
    'Amazon bought Whole Foods in August 2017 for $13.7 billion, its largest acquisition and an aggressive move into the grocery business.',
  'pages/cnet-svg-classes.html':
    'Twitter ha dado a conocer que Twitter Lite llegará a un total de 24 nuevos países a partir de hoy, 11 de ellos de América Latina.',
  'pages/medium-3.html':
    'In the original article, Samantha talked about the money Marco makes from his podcast.',
};

const SEED_REQUEST = 'طلبت الشركة الحصول على تفاصيل العملاء المصرفية';

describe('extractArticle on the real pages', () => {
  it.each(PAGES)('$file: title, text and a verbatim 3–5 sentence summary', (page) => {
    const doc = loadPage(page.file, page.original_url ?? 'https://example.com/page');
    const article = extractArticle(doc);
    const h1 = collapse(doc.querySelector('h1')?.textContent ?? '');
    expect(article.extraction).toBe('readability');
    expect([collapse(page.title), h1]).toContain(article.title);
    expect(article.text).toContain(KNOWN_SENTENCES[page.file]);
    expect(article.text.length).toBeGreaterThan(1000);
    expect(article.text).not.toMatch(/<(?:script|div|span|p|a)\b[^>]*>/i);
    expect(article.truncated).toBe(false);
    if (page.original_url) expect(article.canonicalUrl).toBe(page.original_url);

    const summary = summarize(article.text, { lang: article.lang, sentences: testSentences(article.text) });
    expect(summary.sentences.length).toBeGreaterThanOrEqual(3);
    expect(summary.sentences.length).toBeLessThanOrEqual(5);
    for (const sentence of summary.sentences) {
      expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('reads site, byline, date and language from the page', () => {
    const aclu = extractArticle(loadPage('pages/aclu.html', 'https://www.aclu.org/blog/x?utm_source=tw#c'));
    expect(aclu).toMatchObject({
      site: 'American Civil Liberties Union',
      byline: 'Daniel Kahn Gillmor',
      lang: 'en',
    });
    expect(aclu.published).toMatch(/^2018-04-0[45]T/);
    const verge = extractArticle(loadPage('pages/theverge.html', 'https://www.theverge.com/x'));
    expect(verge).toMatchObject({
      site: 'The Verge',
      byline: 'Alex Heath',
      published: '2023-06-07T20:54:26.829Z',
    });
    // Readability takes the dateline for the byline here; the meta author is used instead.
    const times = extractArticle(loadPage('pages/seattletimes-1.html', 'https://www.seattletimes.com/x'));
    expect(times.byline).toBe('Benjamin Romano');
  });

  it('the ACLU summary holds a sentence where Facebook collects non-users’ data', () => {
    const article = extractArticle(loadPage('pages/aclu.html', 'https://www.aclu.org/blog/x'));
    const { marks, source } = dataRequests(article.text);
    const summary = summarize(article.text, {
      lang: article.lang,
      dataRequests: marks,
      sentences: testSentences(article.text),
    });
    const data = summary.sentences.filter((s) => s.dataRequest);
    expect(data.length, `marks from ${source}`).toBeGreaterThan(0);
    expect(data.map((s) => s.text).join(' ')).toMatch(/Facebook/);
    expect(summary.text).toMatch(
      /Facebook (?:uses this contact information|records|could still be keeping track)/,
    );
  });

  it('a Spanish page is saved and summarised by position', () => {
    const article = extractArticle(loadPage('pages/cnet-svg-classes.html', 'https://www.cnet.com/es/x'));
    expect(article.lang).toBe('es');
    const summary = summarize(article.text, { lang: article.lang, sentences: testSentences(article.text) });
    expect(summary.method).toBe('position');
    expect(summary.sentences[0]?.text).toBe(
      'Twitter Lite estará disponible en Google Play Store en 11 países de América Latina.',
    );
  });
});

describe('extractArticle on the Arabic seed page', () => {
  const doc = (): Document => loadPage('demo/seed-ar.html', 'http://localhost:8080/seed-ar.html#top');

  it('extracts title, site, byline, language, canonical URL and the article text', () => {
    const article = extractArticle(doc());
    expect(article.extraction).toBe('readability');
    expect([
      'شركة فيسبوك تريد الوصول إلى معلوماتك المصرفية، لماذا؟',
      'شركة فيسبوك تريد الوصول إلى معلوماتك المصرفية',
    ]).toContain(article.title);
    expect(article).toMatchObject({
      site: 'مينا تك',
      byline: 'محمد أحمد بن علي',
      lang: 'ar',
      published: null,
    });
    expect(article.url).toBe('http://localhost:8080/seed-ar.html#top');
    expect(article.canonicalUrl).toBe('http://localhost/seed-ar.html');
    expect(article.text).toContain(`فقد ${SEED_REQUEST} على نظامهم الأساسي لتعزيز تفاعل المُستخدمين.`);
    expect(article.text).toContain('شوهت فضيحة كامبريدج صورة فيسبوك أمام أعين الجميع');
  });

  it('its summary holds the data-request sentence about Facebook', () => {
    const article = extractArticle(doc());
    const { marks, source } = dataRequests(article.text);
    const summary = summarize(article.text, {
      lang: article.lang,
      dataRequests: marks,
      sentences: testSentences(article.text),
    });
    expect(summary.sentences.length).toBeGreaterThanOrEqual(3);
    expect(summary.sentences.length).toBeLessThanOrEqual(5);
    const request = summary.sentences.find((s) => s.text.includes(SEED_REQUEST));
    expect(request, `marks from ${source}`).toBeDefined();
    expect(request?.dataRequest).toBe(true);
  });
});

describe('fallbacks', () => {
  const noArticle =
    '<html><head><title>Sign in</title></head><body><nav><a href="/">Home</a> · <a>Help</a></nav></body></html>';

  it('no article: the user’s selection, when there is one', () => {
    const article = extractArticle(
      parsePage(noArticle, 'https://example.com/'),
      '  Facebook asked\n\n banks   for data.  ',
    );
    expect(article).toMatchObject({
      extraction: 'selection',
      text: 'Facebook asked\n\nbanks for data.',
      title: 'Sign in',
    });
  });

  it('no article and no selection: the visible main text', () => {
    const html =
      '<html><body><header>Site menu</header><main><p>First   paragraph.</p><div hidden>secret</div>' +
      '<script>var tracker = 1;</script><p>Second <b>one</b>.</p></main></body></html>';
    const article = extractArticle(parsePage(html, 'https://example.com/'), '   ');
    expect(article).toMatchObject({ extraction: 'visible-text', text: 'First paragraph.\n\nSecond one.' });
  });

  it('a page with no text at all is refused for saving', () => {
    const result = extractForSave(
      parsePage('<html><body><img alt=""></body></html>', 'https://example.com/'),
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'no-text' } });
  });
});

describe('bad input', () => {
  it('HTML and script in the title and text are kept as text, never parsed or run', () => {
    const html =
      '<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Bank data</title></head><body><article>' +
      `<h1>Headline</h1><p>${'Facebook asked banks for customer data. '.repeat(8)}</p>` +
      '<p>Write &lt;img src=x onerror=alert(1)&gt; to test. <img src="x" onerror="window.hacked = 1">Done.</p>' +
      '<script>document.title = "pwned"; window.hacked = 2;</script></article></body></html>';
    const doc = parsePage(html, 'https://example.com/story');
    const before = doc.getElementsByTagName('*').length;
    const article = extractArticle(doc);
    expect(['<script>alert(1)</script> Bank data', 'Headline']).toContain(article.title);
    expect(article.text).toContain('Write <img src=x onerror=alert(1)> to test.');
    expect(article.text).not.toContain('pwned');
    expect((doc.defaultView as unknown as { hacked?: number } | null)?.hacked).toBeUndefined();
    // Readability ran on a clone: the live page is untouched.
    expect(doc.getElementsByTagName('*').length).toBe(before);
    expect(doc.querySelector('script')).not.toBeNull();
  });

  it('refuses file: and chrome: pages', () => {
    expect(extractForSave(parsePage('<p>x</p>', 'file:///home/me/a.html'))).toMatchObject({
      ok: false,
      error: { kind: 'unsupported-scheme', scheme: 'file:' },
    });
    const chrome = { URL: 'chrome://settings/' } as Document;
    expect(extractForSave(chrome)).toMatchObject({
      ok: false,
      error: { kind: 'unsupported-scheme', scheme: 'chrome:' },
    });
  });

  it('reports an unreadable address or a failing page as an error result, never by throwing', () => {
    expect(extractForSave({ URL: 'nonsense' } as Document)).toMatchObject({
      ok: false,
      error: { kind: 'invalid-url' },
    });
    const doc = parsePage('<html><body><p>text</p></body></html>', 'https://example.com/odd');
    doc.querySelectorAll = () => {
      throw new Error('odd page');
    };
    expect(extractForSave(doc)).toMatchObject({
      ok: false,
      error: { kind: 'no-text', message: expect.stringContaining('odd page') },
    });
  });

  it('refuses a page with more than 20 million characters of text before extracting', () => {
    const doc = parsePage('<html><body><p>x</p></body></html>', 'https://example.com/huge');
    doc.body.append(doc.createTextNode('word '.repeat(4_000_001)));
    const start = performance.now();
    const result = extractForSave(doc);
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-large', limit: 20_000_000 } });
    expect(performance.now() - start).toBeLessThan(2000);
    expect(guardPageSize(doc, 30_000_000)).toEqual({ ok: true });
  });

  it('caps the text at 2 million characters, at a word boundary', () => {
    const doc = parsePage('<html><body><p>x</p></body></html>', 'https://example.com/long');
    const article = extractArticle(doc, 'lorem ipsum '.repeat(200_000));
    expect(article.extraction).toBe('selection');
    expect(article.truncated).toBe(true);
    expect(article.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(article.text.endsWith('lorem') || article.text.endsWith('ipsum')).toBe(true);
  });

  it('capText never splits a surrogate pair', () => {
    const { text } = capText('😀'.repeat(3000), 1001);
    expect(text.length).toBe(1000);
    expect(text.endsWith('😀')).toBe(true);
  });
});

describe('readJsonLd (untrusted JSON)', () => {
  const page = (...scripts: string[]): Document =>
    parsePage(
      `<html><head>${scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('')}</head></html>`,
      'https://example.com/',
    );

  it('reads an article from a @graph, with author and publisher objects', () => {
    const json = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        {
          '@type': ['NewsArticle'],
          headline: ' Bank  data ',
          datePublished: '2018-08-06T10:00:00Z',
          author: [{ '@type': 'Person', name: 'A. Writer' }, 'B. Writer'],
          publisher: { '@type': 'Organization', name: 'The Paper' },
        },
      ],
    });
    expect(readJsonLd(page(json))).toEqual({
      headline: 'Bank data',
      datePublished: '2018-08-06T10:00:00Z',
      author: 'A. Writer, B. Writer',
      publisher: 'The Paper',
    });
  });

  it('survives broken, hostile and odd JSON', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const hostile = '{"__proto__": {"datePublished": "2020-01-01"}, "@type": "Article", "headline": 7}';
    const wrapped = '<!-- {"@type": "BlogPosting", "datePublished": "2019-05-05"} -->';
    expect(readJsonLd(page('{not json', deep, hostile))).toEqual({});
    expect(({} as { datePublished?: string }).datePublished).toBeUndefined();
    expect(readJsonLd(page(wrapped))).toEqual({ datePublished: '2019-05-05' });
    expect(readJsonLd(page('null', '"text"', '42', '[{"datePublished": "2017-01-01"}]'))).toEqual({
      datePublished: '2017-01-01',
    });
  });
});

describe('toIsoDate', () => {
  const now = Date.UTC(2026, 0, 1);
  it.each([
    ['2018-04-05T06:00:00Z', '2018-04-05T06:00:00.000Z'],
    ['2017-12-15T08:50:02-05:00', '2017-12-15T13:50:02.000Z'],
    ['2018-08-06', '2018-08-06T00:00:00.000Z'],
    ['Mon, 06 Aug 2018 10:00:00 GMT', '2018-08-06T10:00:00.000Z'],
  ])('%s → %s', (value, expected) => {
    expect(toIsoDate(value, now)).toBe(expected);
  });
  it.each([
    '',
    'yesterday',
    '1970-01-01T00:00:00Z',
    '2099-01-01',
    '1234567890',
    'x'.repeat(200),
    null,
    undefined,
  ])('%j → null', (value) => {
    expect(toIsoDate(value, now)).toBeNull();
  });
});
