import { FOLD_DROP, FOLD_MULTI, FOLD_TABLE, foldAstral, foldMulti, foldUnit } from './char-fold';

/**
 * A text folded into matching form, in reusable typed buffers: `units[i]` is the i-th folded UTF-16 unit and
 * `origin[i]` the index in the original string of the character it came from. Runs of white space fold to one
 * space. Only the first `length` entries are meaningful.
 */
export interface FoldedText {
  units: Uint16Array;
  origin: Uint32Array;
  length: number;
}

/** Longest expansion of one character (U+FDFA expands to 18 units under NFKC). */
const MAX_EXPANSION = 18;

/** A fresh set of buffers for {@link foldText} (they grow as needed and are reused call after call). */
export function createFoldBuffers(): FoldedText {
  return { units: new Uint16Array(4096), origin: new Uint32Array(4096), length: 0 };
}

const shared = createFoldBuffers();

/** Grows `buffers` to `capacity`, keeping the first `keep` entries. */
function grow(buffers: FoldedText, capacity: number, keep: number): void {
  if (buffers.units.length >= capacity) return;
  const size = Math.max(capacity, buffers.units.length * 2);
  const units = new Uint16Array(size);
  const origin = new Uint32Array(size);
  units.set(buffers.units.subarray(0, keep));
  origin.set(buffers.origin.subarray(0, keep));
  buffers.units = units;
  buffers.origin = origin;
}

/**
 * Folds `text` into `out` (by default buffers shared by every caller: valid until the next call).
 * Linear in the text length; no allocation once the buffers are large enough. The loop is written out by
 * hand (no closures, the common case first) because it runs over every character of every page.
 */
export function foldText(text: string, out: FoldedText = shared): FoldedText {
  const n = text.length;
  grow(out, n + MAX_EXPANSION, 0);
  let units = out.units;
  let origin = out.origin;
  let cap = units.length - MAX_EXPANSION;
  let len = 0;
  let lastSpace = true; // drops leading white space as well as runs
  for (let i = 0; i < n; i++) {
    if (len >= cap) {
      grow(out, len * 2 + MAX_EXPANSION, len);
      units = out.units;
      origin = out.origin;
      cap = units.length - MAX_EXPANSION;
    }
    const c = text.charCodeAt(i);
    // Nearly every character folds to one known unit that is not a space: one table read (twice as fast
    // over Arabic text as the branches below, measured).
    const known = FOLD_TABLE[c]!;
    if (known > 0x20) {
      units[len] = known;
      origin[len++] = i;
      lastSpace = false;
      continue;
    }
    if (c < 0x80) {
      if (c <= 0x20 && (c === 0x20 || (c >= 0x09 && c <= 0x0d))) {
        if (!lastSpace) {
          units[len] = 0x20;
          origin[len++] = i;
          lastSpace = true;
        }
        continue;
      }
      units[len] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
      origin[len++] = i;
      lastSpace = false;
      continue;
    }
    let f: number;
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const s = foldAstral(((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000);
        for (let k = 0; k < s.length && k < MAX_EXPANSION; k++) {
          units[len] = s.charCodeAt(k);
          origin[len++] = i;
        }
        if (s.length > 0) lastSpace = false;
        i++;
        continue;
      }
      f = 0xfffd; // a lone surrogate: a placeholder keeps offsets exact and nothing matches across it
    } else f = foldUnit(c);
    if (f === FOLD_DROP) continue;
    if (f === 0x20) {
      if (!lastSpace) {
        units[len] = 0x20;
        origin[len++] = i;
        lastSpace = true;
      }
      continue;
    }
    lastSpace = false;
    if (f === FOLD_MULTI) {
      const s = foldMulti(c);
      for (let k = 0; k < s.length && k < MAX_EXPANSION; k++) {
        units[len] = s.charCodeAt(k);
        origin[len++] = i;
      }
    } else {
      units[len] = f;
      origin[len++] = i;
    }
  }
  out.length = len;
  return out;
}

/** The original end offset (exclusive) of the character that produced folded unit `i`. */
export function originEnd(text: string, folded: FoldedText, i: number): number {
  const at = folded.origin[i]!;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && at + 1 < text.length ? at + 2 : at + 1;
}

const utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : null;

/** The string of some folded units. Native decoding beats `String.fromCharCode(...units)` several times over. */
export function unitsToString(units: Uint16Array): string {
  const text = utf16 ? utf16.decode(units) : '';
  // Folding leaves no lone surrogate, so decoding keeps one character per unit; check rather than trust.
  if (text.length === units.length) return text;
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}
