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
