/**
 * The message contract: every message that crosses a context boundary, declared once per direction.
 * Each entry gives the request schema (validated by the receiver) and the response type. A receiver answers
 * `{ok: true, value}` or `{ok: false, error}` and never throws across the boundary.
 */
import * as v from 'valibot';
import { httpUrl, MAX_MENTIONS, pageMention, type PageMention } from './schemas';

export type Response<T> = { ok: true; value: T } | { ok: false; error: string };

/** The state of one tab as the background remembers it (in session storage: the worker may die any time). */
export interface TabState {
  url: string;
  title: string;
  mentions: PageMention[];
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
}

/** Content script → background. Any page can make its content script send these: nothing privileged here. */
export const contentToBackground = {
  /** What the content script needs before it scans a page: whether to scan, the mode, the user's edits. */
  'page/config': {
    request: v.strictObject({ url: httpUrl }),
    response: {} as PageConfig,
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
} as const;

/** Popup and library pages → background. Only our own extension pages may send these. */
export const popupToBackground = {
  /** The remembered state of a tab (the active tab when `tabId` is absent). */
  'tab/state': {
    request: v.strictObject({ tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
    response: {} as { tabId: number; state: TabState | null },
  },
} as const;

/** Background → content script. */
export const backgroundToContent = {
  /** Ask the frame's content script to rescan (settings changed). */
  'page/rescan': {
    request: v.strictObject({}),
    response: {} as { scanned: boolean },
  },
} as const;

type Contract = Record<string, { request: v.GenericSchema; response: unknown }>;
export type RequestOf<C extends Contract, K extends keyof C> = v.InferOutput<C[K]['request']>;
export type ResponseOf<C extends Contract, K extends keyof C> = C[K]['response'];

export type ContentToBackground = typeof contentToBackground;
export type PopupToBackground = typeof popupToBackground;
export type BackgroundToContent = typeof backgroundToContent;
export type ContractMap = Contract;
