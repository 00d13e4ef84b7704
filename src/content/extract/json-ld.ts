/**
 * Article facts from the page's JSON-LD (`<script type="application/ld+json">`). The JSON is the page's, so it
 * is untrusted: it is parsed with `JSON.parse` only (never evaluated), size-, depth- and count-limited, and
 * only string values of known fields are read.
 */

/** The facts we read; each is a trimmed string when present. */
export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
}

const MAX_SCRIPTS = 20;
const MAX_SCRIPT_CHARS = 512 * 1024;
const MAX_DEPTH = 5;
const MAX_NODES = 500;
const MAX_VALUE_CHARS = 1000;
const ARTICLE_TYPE = /(Article|BlogPosting|Report|NewsArticle|Posting)$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: a page's `"__proto__"` key must not read through to the prototype. */
function own(node: JsonObject, key: string): Json | undefined {
  return Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
}

function text(value: Json | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed && trimmed.length <= MAX_VALUE_CHARS ? trimmed : undefined;
}

/** A name from `"x"`, `{"name": "x"}`, or a list of those (joined by commas). */
function names(value: Json | undefined): string | undefined {
  const list = Array.isArray(value) ? value.slice(0, 10) : [value];
  const found = list
    .map((item) => (isObject(item) ? text(own(item, 'name')) : text(item)))
    .filter((name): name is string => name !== undefined);
  return found.length > 0 ? found.join(', ') : undefined;
}

function isArticle(node: JsonObject): boolean {
  const type = own(node, '@type');
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

/** Every object in the parsed JSON (arrays and `@graph` entered), breadth-first, within the limits. */
function objectsOf(root: Json): JsonObject[] {
  const out: JsonObject[] = [];
  let level: Json[] = [root];
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0 && out.length < MAX_NODES; depth++) {
    const next: Json[] = [];
    for (const value of level) {
      if (Array.isArray(value)) next.push(...value.slice(0, MAX_NODES));
      else if (isObject(value)) {
        out.push(value);
        const graph = own(value, '@graph');
        if (Array.isArray(graph)) next.push(...graph.slice(0, MAX_NODES));
      }
    }
    level = next;
  }
  return out.slice(0, MAX_NODES);
}

function parse(source: string): Json | undefined {
  // Some CMSs wrap the JSON in an HTML comment or CDATA section.
  const body = source.replace(/^\s*(?:<!--|<!\[CDATA\[)/, '').replace(/(?:-->|\]\]>)\s*$/, '');
  try {
    return JSON.parse(body) as Json;
  } catch {
    return undefined; // broken JSON-LD is common in the wild; it just tells us nothing
  }
}

function factsOf(node: JsonObject): JsonLdArticle {
  const publisher = own(node, 'publisher');
  const facts: JsonLdArticle = {
    headline: text(own(node, 'headline')) ?? text(own(node, 'name')),
    datePublished: text(own(node, 'datePublished')) ?? text(own(node, 'dateCreated')),
    author: names(own(node, 'author')) ?? names(own(node, 'creator')),
    publisher: isObject(publisher) ? text(own(publisher, 'name')) : text(publisher),
  };
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as JsonLdArticle;
}

/** Facts of the first article-typed JSON-LD object on the page (else of the first with `datePublished`). */
export function readJsonLd(doc: Document): JsonLdArticle {
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json" i]')].slice(0, MAX_SCRIPTS);
  let fallback: JsonObject | undefined;
  for (const script of scripts) {
    const source = script.textContent ?? '';
    if (source.length > MAX_SCRIPT_CHARS) continue;
    const parsed = parse(source);
    if (parsed === undefined) continue;
    for (const node of objectsOf(parsed)) {
      if (isArticle(node)) return factsOf(node);
      if (!fallback && typeof own(node, 'datePublished') === 'string') fallback = node;
    }
  }
  return fallback ? factsOf(fallback) : {};
}
