import { judgeAmbiguous, type Candidate, type PageEvidence } from './ambiguity';
import { classifySentence } from './classify';
import type { CompanyRecord } from './company-record';
import { foldText, originEnd } from './fold-text';
import { compileLexicon, type CompiledLexicon } from './lexicon';
import { slotFacts } from './roles';
import { scanAliases } from './scan';
import { buildSentenceView } from './sentence-view';
import { splitSentences, type SentenceSpan } from './sentences';
import type { Mention } from './types';

export type { CompanyRecord } from './company-record';
export type { CompiledLexicon } from './lexicon';
export { compileLexicon };

/** Options for {@link detect}. */
export interface DetectOptions {
  /** Ids of companies mentioned unambiguously elsewhere on the page: evidence for ambiguous aliases. */
  pageCompanies?: ReadonlySet<string>;
}

interface Found {
  start: number;
  end: number;
  pattern: number;
}

const NO_COMPANIES: ReadonlySet<string> = new Set();

/** All mentions in `text`, offsets into the original string. Options: extra page-level evidence. */
export function detect(text: string, lexicon: CompiledLexicon, options: DetectOptions = {}): Mention[] {
  if (text.length === 0) return [];
  const folded = foldText(text);
  // The folded buffer is shared scratch: copy the few matches out before anything else folds text.
  const found: Found[] = scanAliases(folded, lexicon).map((m) => ({
    start: folded.origin[m.start]!,
    end: originEnd(text, folded, m.end - 1),
    pattern: m.pattern,
  }));
  if (found.length === 0) return [];
  const textCompanies = new Set<string>();
  for (const f of found) {
    const info = lexicon.patterns[f.pattern]!;
    if (!info.ambiguous) textCompanies.add(lexicon.records[info.company]!.id);
  }
  const page: PageEvidence = { pageCompanies: options.pageCompanies ?? NO_COMPANIES, textCompanies };
  const mentions: Mention[] = [];
  for (const group of groupBySentence(found, splitSentences(text)))
    mentions.push(...detectInSentence(text, group.span, group.found, lexicon, page));
  return mentions;
}

/** Pairs each match with its sentence (a match that straddles a boundary widens its sentence). */
function groupBySentence(found: readonly Found[], sentences: readonly SentenceSpan[]) {
  const groups: { span: SentenceSpan; found: Found[] }[] = [];
  let s = 0;
  for (const f of found) {
    while (s < sentences.length - 1 && sentences[s]!.end <= f.start) s++;
    const sentence = sentences[s] ?? { start: f.start, end: f.end };
    const last = groups[groups.length - 1];
    if (last && last.span.start === Math.min(sentence.start, f.start)) {
      last.found.push(f);
      last.span = { start: last.span.start, end: Math.max(last.span.end, f.end) };
    } else
      groups.push({
        span: { start: Math.min(sentence.start, f.start), end: Math.max(sentence.end, f.end) },
        found: [f],
      });
  }
  return groups;
}

function detectInSentence(
  text: string,
  span: SentenceSpan,
  found: readonly Found[],
  lexicon: CompiledLexicon,
  page: PageEvidence,
): Mention[] {
  const original = text.slice(span.start, span.end);
  const rel = (f: Found) => ({ start: f.start - span.start, end: f.end - span.start });
  const candidates: Candidate[] = found.map((f) => {
    const info = lexicon.patterns[f.pattern]!;
    return {
      info,
      companyId: lexicon.records[info.company]!.id,
      alias: text.slice(f.start, f.end),
      before: text.slice(span.start, f.start),
    };
  });
  let view = buildSentenceView(original, found.map(rel));
  const judged = judgeAmbiguous(view, candidates, page);
  const keep = found.map((_, k) => judged[k] !== false);
  if (keep.includes(false)) view = buildSentenceView(original, found.filter((_, k) => keep[k]).map(rel));
  const kept = candidates.filter((_, k) => keep[k]);
  const keptFound = found.filter((_, k) => keep[k]);
  const keptJudged = judged.filter((_, k) => keep[k]);
  const verdicts = classifySentence(view, slotFacts(view));
  return kept.map((c, k): Mention => {
    const v = verdicts[k]!;
    const ambiguity = keptJudged[k];
    const mention: Mention = {
      companyId: c.companyId,
      alias: c.alias,
      start: keptFound[k]!.start,
      end: keptFound[k]!.end,
      sentenceStart: span.start,
      sentenceEnd: span.end,
      kind: v.kind,
      dataTypes: v.dataTypes,
      counterparties: v.counterparties,
      evidence: typeof ambiguity === 'string' ? [ambiguity, ...v.evidence] : v.evidence,
    };
    if (v.action) mention.action = v.action;
    return mention;
  });
}

/** The company record with this id, if the lexicon has it. */
export function companyById(lexicon: CompiledLexicon, id: string): CompanyRecord | undefined {
  return lexicon.byId.get(id);
}
