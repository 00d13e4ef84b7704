import { isWordUnit } from './char-fold';
import type { ContextKind } from './cues/context';
import { cueRegistry, type CueEntry } from './cue-registry';
import { beginSentence, internWord, matchPhrases, type PhraseIndex } from './phrase-index';
import type { Normalized } from './normalize';

/** A word of the normalised sentence, `[start, end)` in normalised units. */
export interface Token {
  start: number;
  end: number;
}

/** One cue occurrence: normalised span, token span `[t0, t1)`, and its gaps (the `…` parts). */
export interface Hit {
  entry: CueEntry;
  start: number;
  end: number;
  t0: number;
  t1: number;
  /** Token index where the first gap begins (= t1 when there is none): the cue's head word(s) end here. */
  headT1: number;
  gaps: readonly (readonly [number, number])[];
}

/** A company mention placed in the sentence. */
export interface Slot {
  /** Normalised span of the alias. */
  start: number;
  end: number;
  t0: number;
  t1: number;
  /** Arabic proclitics glued in front of the alias (e.g. "و", "لل"), '' when none. */
  prefix: string;
}

/** A sentence prepared for classification: normalised text, words, cues, mentions. */
export interface SentenceView {
  original: string;
  norm: Normalized;
  tokens: Token[];
  hits: Hit[];
  slots: Slot[];
  /** The context hits, by kind. */
  contextByKind: ReadonlyMap<ContextKind, Hit[]>;
}

/** Word ids of the sentence being built, reused from sentence to sentence (grown as needed). */
let wordIds = new Int32Array(256);

/**
 * Words are maximal runs of letters, digits and marks (a char-code loop: ~5× a `\p{L}+` RegExp), read from the
 * folded units `units[from, from + length)`; each word's id goes to {@link wordIds}.
 */
function tokenize(index: PhraseIndex<CueEntry>, units: Uint16Array, from: number, length: number): Token[] {
  const out: Token[] = [];
  let start = -1;
  for (let i = 0; i <= length; i++) {
    const c = i < length ? units[from + i]! : 0x20;
    // Lower-case Latin, digits and Arabic letters (nearly every character of normalised text) decide at once.
    const word =
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x0621 && c <= 0x064a) ||
      (c > 0x7f && isWordUnit(c));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      if (out.length === wordIds.length) {
        const grown = new Int32Array(wordIds.length * 2);
        grown.set(wordIds);
        wordIds = grown;
      }
      wordIds[out.length] = internWord(index, units, from + start, from + i);
      out.push({ start, end: i });
      start = -1;
    }
  }
  return out;
}

/** Index of the first token that ends after `pos` (the token holding `pos`, or the next one). */
function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First normalised index whose original offset is ≥ `offset`. */
function toNormalized(norm: Normalized, offset: number): number {
  let lo = 0;
  let hi = norm.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.map[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function overlapsSolid(hit: Hit, slot: Slot): boolean {
  if (hit.end <= slot.start || slot.end <= hit.start) return false;
  // Inside a gap a name is an argument of the cue ("asked JPMorgan … to share"), not part of it.
  return !hit.gaps.some(([a, b]) => a <= slot.start && slot.end <= b);
}

/**
 * Prepares one sentence: `spans` are the mentions' offsets relative to `original`; `norm` is its normalised
 * form, whose units are also `units[from, from + norm.text.length)` (the fold of the whole text, read
 * without cutting strings). Cue occurrences that overlap a name ("Target", "Bank of America") are discarded:
 * a name is never a cue.
 */
export function buildSentenceView(
  original: string,
  spans: readonly { start: number; end: number }[],
  norm: Normalized,
  units: Uint16Array,
  from: number,
): SentenceView {
  const index = cueRegistry().index;
  const sentence = beginSentence(index);
  const tokens = tokenize(index, units, from, norm.text.length);
  const slots = spans.map(({ start, end }): Slot => {
    const s = toNormalized(norm, start);
    const e = Math.max(s + 1, toNormalized(norm, end));
    const t0 = tokenAt(tokens, s);
    const t1 = Math.max(t0 + 1, tokenAt(tokens, e - 1) + 1);
    const tokenStart = tokens[t0]?.start ?? s;
    return { start: s, end: e, t0, t1, prefix: tokenStart < s ? norm.text.slice(tokenStart, s) : '' };
  });
  const hits: Hit[] = [];
  for (const m of matchPhrases(index, wordIds, tokens.length, sentence)) {
    const gaps = m.gaps.map(([a, b]): [number, number] => [tokens[a]!.start, tokens[b - 1]!.end]);
    const headT1 = m.gaps.length > 0 ? m.gaps[0]![0] : m.t1;
    const hit = {
      entry: m.value,
      start: tokens[m.t0]!.start,
      end: tokens[m.t1 - 1]!.end,
      t0: m.t0,
      t1: m.t1,
      headT1,
      gaps,
    };
    if (!slots.some((s) => overlapsSolid(hit, s))) hits.push(hit);
  }
  const contextByKind = new Map<ContextKind, Hit[]>();
  for (const h of hits)
    if (h.entry.tag.group === 'context') {
      const list = contextByKind.get(h.entry.tag.kind);
      if (list) list.push(h);
      else contextByKind.set(h.entry.tag.kind, [h]);
    }
  return { original, norm, tokens, hits, slots, contextByKind };
}

/** The original text of a normalised span, with each gap shown as "…". */
export function displayOf(view: SentenceView, hit: Pick<Hit, 'start' | 'end' | 'gaps'>): string {
  const orig = (a: number, b: number): string =>
    view.original.slice(view.norm.map[a]!, b > a ? view.norm.map[b - 1]! + 1 : view.norm.map[a]!).trim();
  let out = '';
  let at = hit.start;
  for (const [a, b] of hit.gaps) {
    out += `${orig(at, a)} … `;
    at = b;
  }
  out += orig(at, hit.end);
  return out.replace(/\s+/g, ' ').trim();
}

const NO_HITS: readonly Hit[] = [];

/** The context hits of one kind in a view (grouped when the view is built: rules ask word by word). */
export function contextOf(view: SentenceView, kind: ContextKind): readonly Hit[] {
  return view.contextByKind.get(kind) ?? NO_HITS;
}
