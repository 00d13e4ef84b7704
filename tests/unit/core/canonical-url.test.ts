import { describe, expect, it } from 'vitest';
import {
  canonicalUrl,
  isSameSite,
  isTrackingParam,
  type CanonicalHints,
} from '../../../src/core/canonical-url';

const cases: { name: string; url: string; hints?: CanonicalHints; expected: string }[] = [
  { name: 'plain URL unchanged', url: 'https://example.com/a/b', expected: 'https://example.com/a/b' },
  { name: 'fragment dropped', url: 'https://example.com/a#comments', expected: 'https://example.com/a' },
  {
    name: 'utm_* dropped, other params kept in order',
    url: 'https://example.com/a?id=7&utm_source=x&utm_medium=y&page=2&UTM_Campaign=z',
    expected: 'https://example.com/a?id=7&page=2',
  },
  {
    name: 'click ids dropped',
    url: 'https://example.com/a?fbclid=1&gclid=2&dclid=3&msclkid=4&mc_cid=5&mc_eid=6&igshid=7&yclid=8&q=ok',
    expected: 'https://example.com/a?q=ok',
  },
  {
    name: 'HubSpot, Twitter and Alibaba ids dropped',
    url: 'https://example.com/a?_hsenc=1&_hsmi=2&ref_src=twsrc&spm=a2g0o&lang=ar',
    expected: 'https://example.com/a?lang=ar',
  },
  {
    name: 'all params tracking: no bare ?',
    url: 'https://example.com/a?utm_source=x#top',
    expected: 'https://example.com/a',
  },
  {
    name: 'kept params keep their encoding',
    url: 'https://example.com/search?q=a%20b&x=%D8%B4&utm_source=n',
    expected: 'https://example.com/search?q=a%20b&x=%D8%B4',
  },
  {
    name: 'empty pairs dropped',
    url: 'https://example.com/a?&&id=1&',
    expected: 'https://example.com/a?id=1',
  },
  {
    name: 'param merely containing a tracking name kept',
    url: 'https://example.com/a?my_fbclid=1&reference=2',
    expected: 'https://example.com/a?my_fbclid=1&reference=2',
  },
  { name: 'host lower-cased', url: 'HTTPS://Example.COM/A', expected: 'https://example.com/A' },
  {
    name: 'same-site rel=canonical wins',
    url: 'https://www.example.com/story?utm_source=x',
    hints: { canonical: 'https://example.com/2018/story', ogUrl: 'https://example.com/og' },
    expected: 'https://example.com/2018/story',
  },
  {
    name: 'relative canonical resolved against the page',
    url: 'https://example.com/a/b?page=2',
    hints: { canonical: '/a/b' },
    expected: 'https://example.com/a/b',
  },
  {
    name: 'canonical is cleaned too',
    url: 'https://example.com/a',
    hints: { canonical: 'https://example.com/a?utm_campaign=feed#x' },
    expected: 'https://example.com/a',
  },
  {
    name: 'og:url used when there is no canonical',
    url: 'https://m.example.com/a',
    hints: { canonical: null, ogUrl: 'https://www.m.example.com/a-full' },
    expected: 'https://www.m.example.com/a-full',
  },
  {
    name: 'cross-site canonical ignored',
    url: 'https://blog.example.com/a?fbclid=1',
    hints: { canonical: 'https://evil.test/a', ogUrl: 'https://example.com/a' },
    expected: 'https://blog.example.com/a',
  },
  {
    name: 'non-http canonical ignored',
    url: 'https://example.com/a',
    hints: { canonical: 'javascript:alert(1)' },
    expected: 'https://example.com/a',
  },
  {
    name: 'malformed canonical ignored',
    url: 'https://example.com/a',
    hints: { canonical: 'http://[bad', ogUrl: '   ' },
    expected: 'https://example.com/a',
  },
  {
    name: 'same host, other scheme accepted',
    url: 'https://example.com/a',
    hints: { canonical: 'http://example.com/a' },
    expected: 'http://example.com/a',
  },
  {
    name: 'http accepted',
    url: 'http://localhost:5173/seed-ar.html',
    expected: 'http://localhost:5173/seed-ar.html',
  },
  {
    name: 'malformed escape in a name does not throw',
    url: 'https://example.com/a?%E0%A4%A=1&utm_id=2',
    expected: 'https://example.com/a?%E0%A4%A=1',
  },
];

describe('canonicalUrl', () => {
  it.each(cases)('$name', ({ url, hints, expected }) => {
    expect(canonicalUrl(url, hints)).toEqual({ ok: true, url: expected });
  });

  it.each([
    ['file:///home/me/page.html', 'file:'],
    ['chrome://extensions/', 'chrome:'],
    ['about:blank', 'about:'],
    ['data:text/html,<p>hi</p>', 'data:'],
    ['javascript:alert(1)', 'javascript:'],
    ['chrome-extension://abc/popup.html', 'chrome-extension:'],
  ])('refuses %s', (url, scheme) => {
    expect(canonicalUrl(url)).toEqual({ ok: false, error: { kind: 'unsupported-scheme', scheme } });
  });

  it.each(['', 'not a url', '/relative/path'])('rejects invalid URL %j', (url) => {
    expect(canonicalUrl(url)).toEqual({ ok: false, error: { kind: 'invalid-url', input: url } });
  });
});

describe('isTrackingParam', () => {
  it.each(['utm_source', 'UTM_MEDIUM', 'utm_', 'fbclid', 'gclid', '_hsenc', 'spm'])(
    '%s is tracking',
    (name) => {
      expect(isTrackingParam(name)).toBe(true);
    },
  );
  it.each(['id', 'q', 'page', 'ref', 'utm', 'source'])('%s is not', (name) => {
    expect(isTrackingParam(name)).toBe(false);
  });
});

describe('isSameSite', () => {
  it.each([
    ['https://www.example.com/a', 'https://example.com/b', true],
    ['https://example.com:8443/a', 'http://example.com/b', true],
    ['https://news.example.com/a', 'https://example.com/b', false],
    ['https://example.com.evil.test/a', 'https://example.com/b', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(isSameSite(new URL(a), new URL(b))).toBe(expected);
  });
});
