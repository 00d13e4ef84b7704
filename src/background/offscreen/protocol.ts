/**
 * What the background's service worker says to the offscreen document that parses saved pages (Chromium only;
 * Firefox parses in its background page). Checked on arrival like any other message: the offscreen document
 * also hears every runtime message an extension page sends, and ignores those not addressed to it.
 */
import * as v from 'valibot';

export const OFFSCREEN_TARGET = 'privacy-radar:offscreen';
/** Where the offscreen document is, in the built extension. */
export const OFFSCREEN_PATH = 'src/background/offscreen/offscreen.html';

const job = v.pipe(v.string(), v.maxLength(64));

export const offscreenRequest = v.variant('op', [
  v.strictObject({
    target: v.literal(OFFSCREEN_TARGET),
    op: v.literal('begin'),
    job,
    url: v.pipe(v.string(), v.maxLength(8_192)),
    selection: v.optional(v.pipe(v.string(), v.maxLength(2_000_000))),
  }),
  // The chunk itself is checked item by item while the document is rebuilt (rebuild.ts).
  v.strictObject({ target: v.literal(OFFSCREEN_TARGET), op: v.literal('feed'), job, chunk: v.unknown() }),
  v.strictObject({ target: v.literal(OFFSCREEN_TARGET), op: v.literal('finish'), job }),
]);
export type OffscreenRequest = v.InferOutput<typeof offscreenRequest>;

export function isForOffscreen(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { target?: unknown }).target === OFFSCREEN_TARGET
  );
}
