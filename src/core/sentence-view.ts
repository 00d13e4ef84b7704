import { phrasesAt } from './context-index';
import { candidateCues, contextEntry, type CueEntry } from './cue-registry';
import { normalize, type Normalized } from './normalize';

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
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** For each position: tokens ending at or before it, and tokens starting before it. */
function tokenCounters(
  tokens: readonly Token[],
  length: number,
): { ended: Uint16Array; started: Uint16Array } {
  const ended = new Uint16Array(length + 1);
  const started = new Uint16Array(length + 1);
  let e = 0;
  let s = 0;
  for (let pos = 0; pos <= length; pos++) {
    while (e < tokens.length && tokens[e]!.end <= pos) e++;
    while (s < tokens.length && tokens[s]!.start < pos) s++;
    ended[pos] = e;
    started[pos] = s;
  }
  return { ended, started };
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

function gapsOf(entry: CueEntry, text: string, start: number): [number, number][] {
  const sticky = entry.cue.sticky();
  sticky.lastIndex = start;
  const indices = sticky.exec(text)?.indices ?? [];
  const gaps: [number, number][] = [];
  for (let g = 1; g < indices.length; g++) {
    const span = indices[g];
    if (span && span[1] > span[0]) gaps.push([span[0], span[1]]);
  }
  return gaps;
}

function contextHits(text: string, tokens: readonly Token[]): Hit[] {
  const words = tokens.map((t) => text.slice(t.start, t.end));
  const hits: Hit[] = [];
  words.forEach((word, i) => {
    for (const phrase of phrasesAt(word)) {
      const n = phrase.rest.length;
      if (i + n >= words.length) continue;
      const matches = phrase.rest.every((w, k) => {
        const next = words[i + 1 + k]!;
        return w.endsWith('%') ? next.startsWith(w.slice(0, -1)) : next === w;
      });
      if (!matches) continue;
      const t1 = i + n + 1;
      const hit = { start: tokens[i]!.start, end: tokens[i + n]!.end, t0: i, t1, headT1: t1, gaps: [] };
      hits.push({ entry: contextEntry(phrase.kind), ...hit });
    }
  });
  return hits;
}

function findHits(
  text: string,
  cues: readonly CueEntry[],
  counters: ReturnType<typeof tokenCounters>,
): Hit[] {
  const hits: Hit[] = [];
  for (const entry of cues) {
    const re = entry.cue.search();
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        re.lastIndex++;
        continue;
      }
      const gaps = entry.cue.hasGaps ? gapsOf(entry, text, start) : [];
      const t0 = counters.ended[start]!;
      const t1 = Math.max(t0 + 1, counters.started[end]!);
      const headT1 = gaps.length > 0 ? counters.started[gaps[0]![0]]! : t1;
      hits.push({ entry, start, end, t0, t1, headT1, gaps });
    }
  }
  return hits;
}

/**
 * Prepares one sentence: `spans` are the mentions' offsets relative to `original`. Cue occurrences that
 * overlap a name ("Target", "Bank of America") are discarded: a name is never a cue.
 */
export function buildSentenceView(
  original: string,
  spans: readonly { start: number; end: number }[],
  options: { withContext: boolean; norm?: Normalized; cues?: readonly CueEntry[] } = { withContext: true },
): SentenceView {
  const norm = options.norm ?? normalize(original);
  const tokens = tokenize(norm.text);
  const counters = tokenCounters(tokens, norm.text.length);
  const slots = spans.map(({ start, end }): Slot => {
    const s = toNormalized(norm, start);
    const e = Math.max(s + 1, toNormalized(norm, end));
    const t0 = counters.ended[s]!;
    const t1 = Math.max(t0 + 1, counters.started[e]!);
    const tokenStart = tokens[t0]?.start ?? s;
    return { start: s, end: e, t0, t1, prefix: tokenStart < s ? norm.text.slice(tokenStart, s) : '' };
  });
  const cues = options.cues ?? candidateCues(norm.text);
  const keep = (h: Hit): boolean => !slots.some((s) => overlapsSolid(h, s));
  const actions = findHits(
    norm.text,
    cues.filter((c) => c.tag.group === 'action'),
    counters,
  ).filter(keep);
  // Most sentences that name a company say nothing about data: without an action cue (and without an
  // ambiguous name to judge) the context cues cannot change anything, so they are not even looked for.
  if (actions.length === 0 && !options.withContext) return { original, norm, tokens, hits: actions, slots };
  const others = findHits(
    norm.text,
    cues.filter((c) => c.tag.group !== 'action'),
    counters,
  ).filter(keep);
  const context = contextHits(norm.text, tokens).filter(keep);
  return { original, norm, tokens, hits: [...actions, ...others, ...context], slots };
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
