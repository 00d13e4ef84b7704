/**
 * Runtime shapes of everything that crosses a context boundary. Messages come from content scripts, which a
 * compromised page process can impersonate, so every field is bounded here: a string's length, an array's size.
 */
import * as v from 'valibot';
import { ACTIONS, DATA_TYPES } from '../core/types';

export const MAX_TEXT = 2_000;
export const MAX_URL = 4_096;
export const MAX_MENTIONS = 2_000;

export const shortText = v.pipe(v.string(), v.maxLength(MAX_TEXT));
export const companyId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/));
export const dataType = v.picklist(DATA_TYPES);
export const action = v.picklist(ACTIONS);

/** An http(s) URL. Schema URL checks accept `javascript:` and `data:`, so the protocol is checked here. */
export const httpUrl = v.pipe(
  v.string(),
  v.maxLength(MAX_URL),
  v.check((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http: or https: URL'),
);

/** A mention as the content script reports it for the page summary (offsets stay in the page). */
export const pageMention = v.strictObject({
  id: v.pipe(v.number(), v.integer(), v.minValue(0)),
  companyId,
  alias: v.pipe(v.string(), v.maxLength(200)),
  kind: v.picklist(['data', 'plain']),
  action: v.optional(action),
  dataTypes: v.pipe(v.array(dataType), v.maxLength(DATA_TYPES.length)),
  counterparties: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(20)),
  evidence: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(40)),
  sentence: shortText,
  lang: v.picklist(['en', 'ar']),
});
export type PageMention = v.InferOutput<typeof pageMention>;

// ---- Knowledge base: saved articles, related reporting, the user's settings and edits ----

/** Extracted text of a saved article: 2 MB of UTF-16 (the extractor truncates longer texts). */
export const MAX_ARTICLE_TEXT = 2_000_000;
/** The largest backup file the import reads. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
/**
 * The longest text one 'page/detect' request carries: the content script's detection window (it cuts longer
 * text into windows of at most this many characters).
 */
export const MAX_DETECT_TEXT = 16_384;
/** Companies one window of a 'page/detect' request may list as page evidence (a page's own: far fewer). */
export const MAX_KNOWN_COMPANIES = 5_000;
/** Windows one 'page/detect' request carries. */
export const MAX_DETECT_WINDOWS = 256;
/** Characters of text one 'page/detect' request carries, all windows together. */
export const MAX_DETECT_CHARS = 4 * MAX_DETECT_TEXT;
/** The windows of one 'page/detect' request: each a text and its page evidence (see core/detect-remote.ts). */
export const detectWindows = v.pipe(
  v.array(
    v.strictObject({
      text: v.pipe(v.string(), v.maxLength(MAX_DETECT_TEXT)),
      known: v.pipe(v.array(companyId), v.maxLength(MAX_KNOWN_COMPANIES)),
    }),
  ),
  v.maxLength(MAX_DETECT_WINDOWS),
  v.check(
    (windows) => windows.reduce((n, w) => n + w.text.length, 0) <= MAX_DETECT_CHARS,
    `at most ${MAX_DETECT_CHARS} characters of text a request`,
  ),
);
/** One window of a 'page/detect' request. */
export type DetectWindow = v.InferOutput<typeof detectWindows>[number];
/** Mentions per 'related/get' request (the hover card asks for one; the popup for a page's companies). */
export const MAX_RELATED_MENTIONS = 100;

export const title = v.pipe(v.string(), v.maxLength(1_000));
export const tag = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100));
export const tags = v.pipe(v.array(tag), v.maxLength(50));
export const note = v.pipe(v.string(), v.maxLength(20_000));
export const dataTypes = v.pipe(v.array(dataType), v.maxLength(DATA_TYPES.length));
export const highlightMode = v.picklist(['data', 'all', 'off']);
/** A host name as `URL.hostname` gives it (international names in punycode). */
export const hostname = v.pipe(
  v.string(),
  v.maxLength(253),
  v.regex(/^[a-z0-9.-]+$/i, 'must be a host name'),
);
/** "YYYY", "YYYY-MM", "YYYY-MM-DD" or an ISO 8601 timestamp. */
export const isoDate = v.pipe(
  v.string(),
  v.maxLength(40),
  v.regex(/^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/, 'must be an ISO 8601 date'),
);

/** What the detector found in a saved article. */
export const articleDetections = v.strictObject({
  companies: v.pipe(v.array(companyId), v.maxLength(500)),
  actions: v.pipe(v.array(action), v.maxLength(ACTIONS.length)),
  dataTypes,
  sentences: v.pipe(
    v.array(v.strictObject({ text: shortText, companyId, action: v.optional(action), dataTypes })),
    v.maxLength(1_000),
  ),
});

/** A page to save, as the extractor produced it ('article/save'). Tags and note are set by 'article/annotate'. */
export const articleInput = v.strictObject({
  url: httpUrl,
  canonicalUrl: httpUrl,
  title,
  site: v.pipe(v.string(), v.maxLength(300)),
  byline: v.pipe(v.string(), v.maxLength(1_000)),
  published: v.nullable(isoDate),
  /** 'en', 'ar' or another BCP 47 tag. */
  lang: v.pipe(v.string(), v.maxLength(35)),
  text: v.pipe(v.string(), v.maxLength(MAX_ARTICLE_TEXT, 'is longer than 2 MB: truncate it before saving')),
  /** 3–5 sentences; fewer when the text is shorter than that. */
  summary: v.pipe(v.array(shortText), v.maxLength(5)),
  detections: articleDetections,
  extraction: v.picklist(['readability', 'selection', 'visible-text']),
});
export type ArticleInput = v.InferOutput<typeof articleInput>;

/** One mention to find related reporting for. */
export const relatedMention = v.strictObject({ companyId, action: v.optional(action), dataTypes });

/** A muted company (by id) or site (by host name: muting a host mutes its subdomains too). */
export const mute = v.variant('kind', [
  v.strictObject({ kind: v.literal('company'), value: companyId }),
  v.strictObject({ kind: v.literal('site'), value: hostname }),
]);
export type MuteTarget = v.InferOutput<typeof mute>;

/** A sentence fingerprint from core/fingerprint.ts: `<companyId>|<base-36 hashes>`. */
export const fingerprint = v.pipe(
  v.string(),
  v.maxLength(120),
  v.regex(/^[a-z0-9][a-z0-9-]{0,79}\|[a-z0-9]{1,26}$/),
);

/** A spelling of a company's name in one language. */
export const alias = v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(100));
export const aliasList = v.pipe(v.array(alias), v.maxLength(50));
