import { FOLD_DROP, FOLD_MULTI, foldAstral, foldMulti, foldUnit } from './char-fold';

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

let scratch: FoldedText = { units: new Uint16Array(1024), origin: new Uint32Array(1024), length: 0 };

function ensure(capacity: number): FoldedText {
  if (scratch.units.length < capacity) {
    const size = Math.max(capacity, scratch.units.length * 2);
    scratch = { units: new Uint16Array(size), origin: new Uint32Array(size), length: 0 };
  }
  return scratch;
}

/**
 * Folds `text` into the shared scratch buffers (valid until the next call; callers copy what they keep).
 * Linear in the text length; no allocation once the buffers are large enough.
 */
export function foldText(text: string): FoldedText {
  const n = text.length;
  // Expansions (ligatures, astral letters) can grow the text: reserve slack, grow again if it runs out.
  const out = ensure(n + 16);
  let units = out.units;
  let origin = out.origin;
  let len = 0;
  let lastSpace = true; // drops leading white space as well as runs
  const push = (u: number, at: number): void => {
    if (len === units.length) {
      const grown = ensure(units.length * 2);
      grown.units.set(units.subarray(0, len));
      grown.origin.set(origin.subarray(0, len));
      units = grown.units;
      origin = grown.origin;
    }
    units[len] = u;
    origin[len] = at;
    len++;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f: number;
    if (c < 0x80)
      f =
        c >= 0x41 && c <= 0x5a ? c + 0x20 : c <= 0x20 && (c === 0x20 || (c >= 0x09 && c <= 0x0d)) ? 0x20 : c;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const s = foldAstral(((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000);
        for (let k = 0; k < s.length; k++) push(s.charCodeAt(k), i);
        if (s.length > 0) lastSpace = false;
        i++;
        continue;
      }
      f = 0xfffd; // a lone surrogate: keep a placeholder so offsets stay exact and nothing matches across it
    } else f = foldUnit(c);
    if (f === FOLD_DROP) continue;
    if (f === 0x20) {
      if (!lastSpace) push(0x20, i);
      lastSpace = true;
      continue;
    }
    lastSpace = false;
    if (f === FOLD_MULTI) {
      const s = foldMulti(c);
      for (let k = 0; k < s.length; k++) push(s.charCodeAt(k), i);
    } else push(f, i);
  }
  scratch.length = len;
  return scratch;
}

/** The original end offset (exclusive) of the character that produced folded unit `i`. */
export function originEnd(text: string, folded: FoldedText, i: number): number {
  const at = folded.origin[i]!;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && at + 1 < text.length ? at + 2 : at + 1;
}
