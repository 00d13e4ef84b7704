import { judgeAmbiguous, type Candidate, type PageEvidence } from './ambiguity';
import { classifySentence } from './classify';
import type { CompanyRecord } from './company-record';
import { mayHaveAction } from './cue-registry';
import { createFoldBuffers, foldText, originEnd } from './fold-text';
import { compileLexicon, type CompiledLexicon } from './lexicon';
import { slotFacts } from './roles';
import { scanAliases } from './scan';
import { buildSentenceView, type SentenceText, type SentenceView } from './sentence-view';
import { splitSentences, type SentenceSpan } from './sentences';
import type { Mention } from './types';

export type { CompanyRecord } from './company-record';
export type { CompiledLexicon } from './lexicon';
export { compileLexicon };

/** Options for {@link detect}. */
export interface DetectOptions {
  /**
   * Ids of companies mentioned elsewhere on the page: evidence for ambiguous aliases. Only `has` is asked, for
   * ambiguous candidates, so a caller may answer from its own records (and note what was asked).
   */
  pageCompanies?: Pick<ReadonlySet<string>, 'has'>;
}

interface Found {
  start: number;
  end: number;
  pattern: number;
}

/** The whole text folded once, owned by one detect() call (the fold buffers themselves are shared). */
interface Folded {
  units: Uint16Array;
  origin: Uint32Array;
}

const NO_COMPANIES: ReadonlySet<string> = new Set();
const detectBuffers = createFoldBuffers();

/** All mentions in `text`, offsets into the original string. Options: extra page-level evidence. */
export function detect(text: string, lexicon: CompiledLexicon, options: DetectOptions = {}): Mention[] {
  if (text.length === 0) return [];
  // detect() folds into buffers of its own: the sentences are read from them later, and cue compilation or
  // normalize() may fold other text in between.
  const scratch = foldText(text, detectBuffers);
  // The raw matches become the found ones in place (folded offsets → original offsets): no second object each.
  const found: Found[] = scanAliases(scratch, lexicon);
  for (const m of found) {
    const start = scratch.origin[m.start]!;
    m.end = originEnd(text, scratch, m.end - 1);
    m.start = start;
  }
  if (found.length === 0) return [];
  const folded: Folded = {
    units: scratch.units.subarray(0, scratch.length),
    origin: scratch.origin.subarray(0, scratch.length),
  };
  const textCompanies = new Set<string>();
  for (const f of found) {
    const info = lexicon.patterns[f.pattern]!;
    if (!info.ambiguous) textCompanies.add(lexicon.records[info.company]!.id);
  }
  const page: PageEvidence = { pageCompanies: options.pageCompanies ?? NO_COMPANIES, textCompanies };
  const mentions: Mention[] = [];
  let from = 0;
  for (const group of groupBySentence(found, splitSentences(text))) {
    // Sentences come in text order: each search starts where the previous one ended.
    from = lowerBound(folded.origin, group.span.start, from);
    const to = lowerBound(folded.origin, group.span.end, from);
    detectInSentence(text, folded, group.span, from, to, group.found, lexicon, page, mentions);
  }
  return mentions;
}

/** Pairs each match with its sentence (a match that straddles a boundary widens its sentence). */
function groupBySentence(found: readonly Found[], sentences: readonly SentenceSpan[]) {
  const groups: { span: SentenceSpan; found: Found[] }[] = [];
  let s = 0;
  for (const f of found) {
    while (s < sentences.length - 1 && sentences[s]!.end <= f.start) s++;
    const sentence = sentences[s] ?? { start: f.start, end: f.end };
    const start = Math.min(sentence.start, f.start);
    const last = groups[groups.length - 1];
    // Each group's span is its own object (never the splitter's), widened in place.
    if (last && last.span.start === start) {
      last.found.push(f);
      if (f.end > last.span.end) last.span.end = f.end;
    } else groups.push({ span: { start, end: Math.max(sentence.end, f.end) }, found: [f] });
  }
  return groups;
}

/**
 * First folded index whose original offset is ≥ `offset`. The search gallops forward from `hint` when the
 * answer lies beyond it: a few neighbouring entries instead of a binary search over the whole text's map,
 * whose scattered reads cost more than the sentence's own preparation (measured).
 */
function lowerBound(origin: Uint32Array, offset: number, hint: number): number {
  let lo = 0;
  let hi = origin.length;
  if (hint <= hi && (hint === 0 || origin[hint - 1]! < offset)) {
    lo = hint;
    for (let step = 1; lo + step - 1 < hi; step *= 2) {
      const probe = lo + step - 1;
      if (origin[probe]! >= offset) {
        hi = probe;
        break;
      }
      lo = probe + 1;
    }
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (origin[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The normalised form of a sentence, read in place from the whole-text fold (the text `normalize(sentence)`
 * gives, without its final space).
 */
function sentenceNorm(folded: Folded, span: SentenceSpan, from: number, to: number): SentenceText {
  if (to > from && folded.units[to - 1] === 0x20) to--;
  return {
    units: folded.units,
    origin: folded.origin,
    from,
    length: to - from,
    base: span.start,
    end: span.end - span.start,
  };
}

/** Appends to `out` the mentions of one sentence, `[from, to)` in folded units. */
function detectInSentence(
  text: string,
  folded: Folded,
  span: SentenceSpan,
  from: number,
  to: number,
  found: readonly Found[],
  lexicon: CompiledLexicon,
  page: PageEvidence,
  out: Mention[],
): void {
  let anyAmbiguous = false;
  for (let k = 0; k < found.length && !anyAmbiguous; k++)
    anyAmbiguous = lexicon.patterns[found[k]!.pattern]!.ambiguous;
  // The common case on real pages: a name in a sentence without a single word of any data action.
  if (!anyAmbiguous && !mayHaveAction(folded.units, from, to)) {
    for (const f of found) {
      const companyId = lexicon.records[lexicon.patterns[f.pattern]!.company]!.id;
      out.push(mention(companyId, text.slice(f.start, f.end), f, span, PLAIN, []));
    }
    return;
  }
  // Objects made per sentence stay few here: every one of them is garbage once the sentence is done, and on
  // Arabic report text (nearly every sentence names data) collecting them was a tenth of detect().
  const candidates: Candidate[] = found.map((f) => {
    const info = lexicon.patterns[f.pattern]!;
    const record = lexicon.records[info.company]!;
    return {
      info,
      companyId: record.id,
      parentId: record.parent,
      alias: text.slice(f.start, f.end),
      offset: f.start - span.start,
    };
  });
  const original = text.slice(span.start, span.end);
  const norm = sentenceNorm(folded, span, from, to);
  let view: SentenceView = buildSentenceView(original, found, span.start, norm, folded.units, from);
  // With no ambiguous name in the sentence, every verdict would be null: the judge is not asked.
  const judged = anyAmbiguous ? judgeAmbiguous(view, candidates, page) : NO_JUDGEMENTS;
  // A rejected name simply leaves the view (the cues it covered stay discarded: a fruit is not a cue either).
  let kept: number[] | null = null;
  if (judged.includes(false)) {
    kept = [];
    for (let k = 0; k < judged.length; k++) if (judged[k] !== false) kept.push(k);
    const slots = view.slots;
    view = { ...view, slots: kept.map((k) => slots[k]!) };
  }
  const verdicts = classifySentence(view, slotFacts(view));
  for (let i = 0; i < verdicts.length; i++) {
    const k = kept ? kept[i]! : i;
    const v = verdicts[i]!;
    const c = candidates[k]!;
    const ambiguity = judged[k];
    const evidence = typeof ambiguity === 'string' ? [ambiguity, ...v.evidence] : v.evidence;
    out.push(mention(c.companyId, c.alias, found[k]!, span, v, evidence));
  }
}

const NO_JUDGEMENTS: readonly (string | null | false)[] = [];

/** What a sentence says about a name in it when nothing in it is about data. */
const PLAIN: Pick<Mention, 'kind'> = { kind: 'plain' };

function mention(
  companyId: string,
  alias: string,
  f: Found,
  span: SentenceSpan,
  v: Pick<Mention, 'kind' | 'action'> & Partial<Pick<Mention, 'dataTypes' | 'counterparties'>>,
  evidence: string[],
): Mention {
  const m: Mention = {
    companyId,
    alias,
    start: f.start,
    end: f.end,
    sentenceStart: span.start,
    sentenceEnd: span.end,
    kind: v.kind,
    // Each mention owns its arrays (a caller may change one): the empty ones are made here.
    dataTypes: v.dataTypes ?? [],
    counterparties: v.counterparties ?? [],
    evidence,
  };
  if (v.action) m.action = v.action;
  return m;
}

/** A raw alias occurrence: word boundaries checked, nothing else (no ambiguity judgement, no sentence). */
export interface AliasMatch {
  companyId: string;
  alias: string;
  start: number;
  end: number;
  /** The alias is one of its record's ambiguous aliases: {@link detect} would want evidence. */
  ambiguous: boolean;
}

/**
 * Every alias occurrence in `text`, leftmost-longest, with offsets into the original string: the matcher
 * alone, several times faster than {@link detect}. Useful to collect the companies a page names
 * unambiguously (the `pageCompanies` option) before detecting block by block.
 */
export function scanCompanies(text: string, lexicon: CompiledLexicon): AliasMatch[] {
  if (text.length === 0) return [];
  const folded = foldText(text);
  return scanAliases(folded, lexicon).map((m) => {
    const info = lexicon.patterns[m.pattern]!;
    const start = folded.origin[m.start]!;
    const end = originEnd(text, folded, m.end - 1);
    return {
      companyId: lexicon.records[info.company]!.id,
      alias: text.slice(start, end),
      start,
      end,
      ambiguous: info.ambiguous,
    };
  });
}

/** The company record with this id, if the lexicon has it. */
export function companyById(lexicon: CompiledLexicon, id: string): CompanyRecord | undefined {
  return lexicon.byId.get(id);
}
