/**
 * The message contract: every message that crosses a context boundary, declared once per direction.
 * Each entry gives the request schema (validated by the receiver) and the response type. A receiver answers
 * `{ok: true, value}` or `{ok: false, error}` and never throws across the boundary.
 */
import * as v from 'valibot';
import type { CompanyLabel, CompanyRecord, RemoteDetection } from '../core';
import type { Action, DataType } from '../core/types';
import {
  alias,
  aliasList,
  articleInput,
  companyId,
  detectWindows,
  fingerprint,
  highlightMode,
  hostname,
  httpUrl,
  MAX_BACKUP_BYTES,
  MAX_MENTIONS,
  MAX_RELATED_MENTIONS,
  mute,
  note,
  pageMention,
  relatedMention,
  shortText,
  tag,
  tags,
  type ArticleInput,
  type PageMention,
} from './schemas';

export type Response<T> = { ok: true; value: T } | { ok: false; error: string };

/** A mention as the background keeps it: with the frame it was found in ("show me" asks that frame). */
export type TabMention = PageMention & { frameId: number };

/** The state of one tab as the background remembers it (in session storage: the worker may die any time). */
export interface TabState {
  url: string;
  title: string;
  mentions: TabMention[];
  dataCount: number;
  scannedAt: number;
}

export type HighlightMode = 'data' | 'all' | 'off';

/** The content script's view of the user's settings for one page. */
export interface PageConfig {
  /** False when paused globally or switched off for this site: the content script then does no scanning. */
  enabled: boolean;
  mode: HighlightMode;
  mutedCompanies: string[];
  /** Fingerprints of sentences the user marked "not a data request" (see core/fingerprint.ts). */
  corrections: string[];
  /**
   * Companies with related reporting (bundled reports or saved articles, directly or through their parent
   * company): in 'all' mode, only their plain mentions are highlighted. Absent: every company counts.
   */
  reportedCompanies?: string[];
  /**
   * The user's own companies, and bundled companies the user gave extra aliases (with those aliases merged in):
   * records that add to or replace, by id, the bundled lexicon's. Absent when there are none.
   */
  userCompanies?: CompanyRecord[];
}

/** A text in both languages of the bundled reporting. */
export interface Bilingual {
  en: string;
  ar: string;
}

/** A saved article without its text (lists and related reporting never carry the text). */
export type ArticleMeta = Omit<ArticleInput, 'text'> & {
  /** When the page was first saved (ms since the epoch); saving again keeps it. */
  savedAt: number;
  /** When it was last saved again or annotated. */
  updatedAt: number;
  tags: string[];
  note: string;
};

/** A saved article with its extracted text. */
export type Article = ArticleMeta & { text: string };

/** A bundled report as related reporting. */
export interface RelatedReport {
  kind: 'report';
  /** The incident id, e.g. "FB-BANKS-WSJ-2018". */
  id: string;
  /** "YYYY-MM-DD" or "YYYY-MM". */
  date: string;
  title: Bilingual;
  /** The outlet that reported it first. */
  outlet: string;
  summary: Bilingual;
  outcome: Bilingual;
  sourceUrl: string;
  companies: string[];
  action: Action;
  dataTypes: DataType[];
}

/** A saved article as related reporting. */
export interface RelatedArticle {
  kind: 'article';
  /** The canonical URL (the key of 'article/get'). */
  id: string;
  /** The publication date, or the day it was saved when the page gave none. */
  date: string;
  title: string;
  site: string;
  summary: string[];
  sourceUrl: string;
  companies: string[];
  actions: Action[];
  dataTypes: DataType[];
}

/** What a mention links to: bundled reports and saved articles alike, best first. */
export type RelatedItem = RelatedReport | RelatedArticle;

/** The user's settings. The per-site off switch is a site mute (see 'mute/add'): one concept, one list. */
export interface Settings {
  mode: HighlightMode;
  /** Global pause: no page is scanned. */
  paused: boolean;
}

/** A muted company or site. */
export interface Mute {
  kind: 'company' | 'site';
  value: string;
  createdAt: number;
}

/** A sentence the user marked "not a data request". */
export interface Correction {
  fingerprint: string;
  companyId: string;
  sentence: string;
  createdAt: number;
}

/** An alias the user added to a company (bundled or their own). */
export interface UserAlias {
  companyId: string;
  lang: 'en' | 'ar';
  alias: string;
  createdAt: number;
}

/** One line of an import report: what, where in the file, and why when it was skipped. */
export interface ImportItem {
  change: 'added' | 'updated' | 'skipped';
  what: 'settings' | 'mute' | 'correction' | 'company' | 'alias' | 'article';
  /** Path in the file, e.g. "articles[3]". */
  where: string;
  /** The record's name: a URL, a company name, a fingerprint. */
  label: string;
  why?: string;
}

/** What an import did (or, for a dry run, would do). */
export interface ImportReport {
  written: boolean;
  added: number;
  updated: number;
  skipped: number;
  /** Every change, up to 1,000 lines; `truncated` says there were more. */
  items: ImportItem[];
  truncated: boolean;
}

/** The related reporting for one company on a page. */
export interface CompanySummary {
  companyId: string;
  mentions: number;
  dataMentions: number;
  dataTypes: DataType[];
  muted: boolean;
  related: RelatedItem[];
}

/** The popup's view of a tab. */
export interface PageSummary {
  tabId: number;
  state: TabState | null;
  /** What the content script was told for this tab's URL (null when the tab has no web page). */
  config: PageConfig | null;
  /** Companies with data mentions first, then by number of mentions. */
  companies: CompanySummary[];
}

/** What the knowledge base holds, for the settings page. */
export interface KbInfo {
  bundle: { version: string; asOf: string };
  counts: { reports: number; companies: number; articles: number };
  storage: { persisted: boolean; usage: number | null; quota: number | null };
}

/** A backup: one JSON file with everything the user owns, and the saved articles as CSV. */
export interface BackupFiles {
  jsonName: string;
  json: string;
  csvName: string;
  csv: string;
}

/**
 * Entries that content scripts and extension pages may both send. Saving a page is not destructive (an upsert by
 * canonical URL that keeps tags and note). A mute and a "not a data request" correction are accepted from the
 * hover card in the page, although a compromised page process can send them too: both only ever reduce
 * highlighting, so the worst such a page can do is hide highlights. Undoing them ('mute/remove',
 * 'correction/remove') is privileged. 'related/get' returns saved articles about the companies asked for: a
 * compromised page process could read the titles and summaries of the user's saved pages about a company. The
 * hover card needs them; the text itself ('article/get') stays privileged.
 */
const sharedEntries = {
  /** Saves (or saves again) a page; the key is the canonical URL. Confirms only once the write is durable. */
  'article/save': {
    request: articleInput,
    response: {} as { article: ArticleMeta; created: boolean },
  },
  /** Ranked related reporting for each mention, in the order of `mentions`. */
  'related/get': {
    request: v.strictObject({
      mentions: v.pipe(v.array(relatedMention), v.minLength(1), v.maxLength(MAX_RELATED_MENTIONS)),
      pageUrl: httpUrl,
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20))),
    }),
    response: {} as { results: { companyId: string; items: RelatedItem[] }[] },
  },
  /** Mutes a company or a site (additive: see above). Muting a site is the per-site off switch. */
  'mute/add': {
    request: mute,
    response: {} as { mute: Mute; created: boolean },
  },
  /** Marks a sentence about a company "not a data request" (additive: see above). Undo: 'correction/remove'. */
  'correction/add': {
    request: v.strictObject({ companyId, sentence: shortText }),
    response: {} as { correction: Correction; created: boolean },
  },
} as const;

/** Content script → background. Any page can make its content script send these: nothing privileged here. */
export const contentToBackground = {
  /**
   * Save the sender's page (the hover card's button). The background injects the extractor into the tab and
   * stores the result: saving is additive, so a content script may ask.
   */
  'page/save': {
    request: v.strictObject({}),
    response: {} as { article: ArticleMeta; created: boolean },
  },
  /** What the content script needs before it scans a page: whether to scan, the mode, the user's edits. */
  'page/config': {
    request: v.strictObject({ url: httpUrl }),
    response: {} as PageConfig,
  },
  /**
   * Detects in windows of the page's text (all the text the content script reads), here rather than on the
   * page's thread: the classifier's tables are built once per worker, not once per page. Per window, `known`:
   * the companies that count as named elsewhere on the page (evidence for an ambiguous name); its result lists
   * those asked about that were not (see core/detect-remote.ts). One result per window, in order; offsets are
   * into each window's `text`.
   */
  'page/detect': {
    request: v.strictObject({
      windows: detectWindows,
    }),
    response: {} as { results: RemoteDetection[]; companies: CompanyLabel[] },
  },
  /** The content script finished (re)scanning its frame; the background keeps the mentions for the popup. */
  'page/scanned': {
    request: v.strictObject({
      url: httpUrl,
      title: v.pipe(v.string(), v.maxLength(1_000)),
      frameMentions: v.pipe(v.array(pageMention), v.maxLength(MAX_MENTIONS)),
    }),
    response: {} as { dataCount: number },
  },
  ...sharedEntries,
} as const;

/** Popup and library pages → background. Only our own extension pages may send these. */
export const popupToBackground = {
  /** The remembered state of a tab (the active tab when `tabId` is absent). */
  'tab/state': {
    request: v.strictObject({ tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
    response: {} as { tabId: number; state: TabState | null },
  },
  ...sharedEntries,
  /** A tab's state with the related reporting for each of its companies (the active tab when `tabId` is absent). */
  'page/summary': {
    request: v.strictObject({ tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
    response: {} as PageSummary,
  },
  /** Saved articles, newest first, a page at a time; every filter given must match. */
  'articles/list': {
    request: v.strictObject({
      offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000))),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
      /** Words looked up in title, site, byline, summary, tags and note. */
      query: v.optional(v.pipe(v.string(), v.maxLength(200))),
      companyId: v.optional(companyId),
      tag: v.optional(tag),
      site: v.optional(v.pipe(v.string(), v.maxLength(300))),
      lang: v.optional(v.pipe(v.string(), v.maxLength(35))),
    }),
    response: {} as { total: number; items: ArticleMeta[] },
  },
  /** One saved article with its text, by canonical URL or by the address it was saved from. */
  'article/get': {
    request: v.strictObject({ url: httpUrl }),
    response: {} as { article: Article | null },
  },
  /** Sets a saved article's tags and/or note. */
  'article/annotate': {
    request: v.strictObject({ canonicalUrl: httpUrl, tags: v.optional(tags), note: v.optional(note) }),
    response: {} as { article: ArticleMeta },
  },
  /** Deletes a saved article (privileged). It stays restorable for 30 days: 'article/restore'. */
  'article/delete': {
    request: v.strictObject({ canonicalUrl: httpUrl }),
    response: {} as { deleted: boolean },
  },
  /** Undoes 'article/delete'. Refused when the page has been saved again since. */
  'article/restore': {
    request: v.strictObject({ canonicalUrl: httpUrl }),
    response: {} as { article: ArticleMeta },
  },
  'settings/get': {
    request: v.strictObject({}),
    response: {} as Settings,
  },
  /** Changes the highlight mode and/or the global pause (privileged); open tabs rescan. */
  'settings/set': {
    request: v.strictObject({ mode: v.optional(highlightMode), paused: v.optional(v.boolean()) }),
    response: {} as Settings,
  },
  /** Muted companies and sites, newest first. */
  'mutes/list': {
    request: v.strictObject({}),
    response: {} as { mutes: Mute[] },
  },
  /** Unmutes a company or site (privileged: it adds highlighting back). Unmuting a site switches it on. */
  'mute/remove': {
    request: mute,
    response: {} as { removed: boolean },
  },
  /** The user's corrections, newest first. */
  'corrections/list': {
    request: v.strictObject({}),
    response: {} as { corrections: Correction[] },
  },
  /** Undoes a correction (privileged). */
  'correction/remove': {
    request: v.strictObject({ fingerprint }),
    response: {} as { removed: boolean },
  },
  /** The companies and aliases the user added. */
  'companies/user': {
    request: v.strictObject({}),
    response: {} as { companies: CompanyRecord[]; aliases: UserAlias[] },
  },
  /** Adds a company the bundle does not know; refused when a company with that name's id exists. */
  'company/add': {
    request: v.strictObject({
      name: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(100)),
      kind: v.optional(v.pipe(v.string(), v.regex(/^[a-z-]{1,40}$/))),
      parent: v.optional(v.nullable(companyId)),
      aliases: v.strictObject({ en: aliasList, ar: aliasList }),
      domain: v.optional(v.nullable(hostname)),
    }),
    response: {} as { company: CompanyRecord },
  },
  /** Removes a company the user added (bundled companies cannot be removed, only muted). */
  'company/remove': {
    request: v.strictObject({ companyId }),
    response: {} as { removed: boolean },
  },
  /** Adds a spelling to any company. */
  'alias/add': {
    request: v.strictObject({ companyId, lang: v.picklist(['en', 'ar']), alias }),
    response: {} as { alias: UserAlias; created: boolean },
  },
  'alias/remove': {
    request: v.strictObject({ companyId, lang: v.picklist(['en', 'ar']), alias }),
    response: {} as { removed: boolean },
  },
  /** Everything the user owns, as a versioned JSON backup and the saved articles as CSV. */
  'backup/export': {
    request: v.strictObject({}),
    response: {} as BackupFiles,
  },
  /**
   * Reads a backup (privileged). The whole file is validated first; a refused file changes nothing. With
   * `dryRun` it only reports what would be added, updated and skipped; otherwise it writes all in one transaction.
   */
  'backup/import': {
    request: v.strictObject({
      text: v.pipe(v.string(), v.maxLength(MAX_BACKUP_BYTES, 'the file is larger than 50 MB')),
      dryRun: v.boolean(),
    }),
    response: {} as ImportReport,
  },
  /** The bundle's version and "as of" date, record counts, and whether storage is persistent. */
  'kb/info': {
    request: v.strictObject({}),
    response: {} as KbInfo,
  },
  /**
   * The popup's "show me": asks the tab's content script to scroll to a mention (its `PageMention.id`) and open
   * its card ('mention/open'). `opened` is false when the mention is no longer highlighted.
   */
  'tab/open-mention': {
    request: v.strictObject({
      tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
      mentionId: v.pipe(v.number(), v.integer(), v.minValue(0)),
      /** The frame the mention is in (`TabMention.frameId`); the top frame when absent. */
      frameId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    }),
    response: {} as { opened: boolean },
  },
  /** The popup's "save": asks the tab's content script to extract and save its page ('page/save'). */
  'tab/save': {
    request: v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    response: {} as { article: ArticleMeta; created: boolean },
  },
} as const;

/** Background → content script. */
export const backgroundToContent = {
  /** Ask the frame's content script to rescan: settings, mutes, corrections or the reporting changed (a save). */
  'page/rescan': {
    request: v.strictObject({}),
    response: {} as { scanned: boolean },
  },
  /** Keyboard command: focus the next (+1) or previous (-1) highlighted mention and open its card. */
  'mention/step': {
    request: v.strictObject({ direction: v.picklist([1, -1]) }),
    response: {} as { opened: boolean },
  },
  /** Save this page (keyboard command, context menu, popup): extraction runs in the page, on demand only. */
  'page/save': {
    request: v.strictObject({}),
    response: {} as { article: ArticleMeta; created: boolean },
  },
  /**
   * The outcome of a save asked for from the keyboard command or the context menu, where no UI of ours is on
   * screen: the top frame shows it briefly. `shown` is false in other frames.
   */
  'save/notice': {
    request: v.variant('ok', [
      v.strictObject({
        ok: v.literal(true),
        created: v.boolean(),
        title: v.pipe(v.string(), v.maxLength(1_000)),
      }),
      v.strictObject({ ok: v.literal(false), error: v.pipe(v.string(), v.maxLength(1_000)) }),
    ]),
    response: {} as { shown: boolean },
  },
  /** The popup's "show me": scroll to a mention (its `PageMention.id`) and open its card. */
  'mention/open': {
    request: v.strictObject({ id: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    response: {} as { opened: boolean },
  },
} as const;

type Contract = Record<string, { request: v.GenericSchema; response: unknown }>;
export type RequestOf<C extends Contract, K extends keyof C> = v.InferOutput<C[K]['request']>;
export type ResponseOf<C extends Contract, K extends keyof C> = C[K]['response'];

export type ContentToBackground = typeof contentToBackground;
export type PopupToBackground = typeof popupToBackground;
export type BackgroundToContent = typeof backgroundToContent;
export type ContractMap = Contract;
