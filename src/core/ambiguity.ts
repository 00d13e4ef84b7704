import { CONTEXT } from './cues/context';
import { DATA_ACCESS_CUE_KINDS } from './cue-kinds';
import type { PatternInfo } from './lexicon';
import { isListGap } from './lists';
import { contextEndingAt, contextStartingAt } from './roles';
import { contextCount, displayOf, normSlice, originalAt, type SentenceView } from './sentence-view';

/** What is known about one candidate mention before deciding whether an ambiguous alias counts. */
export interface Candidate {
  info: PatternInfo;
  companyId: string;
  /** The record's parent company id, if any. */
  parentId: string | null;
  /** The alias as written in the original text. */
  alias: string;
  /** Where the alias starts in its sentence's original text. */
  offset: number;
}

/** Evidence shared by the whole text or page. */
export interface PageEvidence {
  pageCompanies: Pick<ReadonlySet<string>, 'has'>;
  textCompanies: ReadonlySet<string>;
}

const OPEN_QUOTES = /["“«'‘(]\s*$/u;
const CLOSE_QUOTES = /^\s*["”»'’)]/u;

/** Direct evidence that an ambiguous alias names the company, or null. */
function directEvidence(view: SentenceView, k: number, c: Candidate, page: PageEvidence): string | null {
  const slot = view.slots[k]!;
  if (page.pageCompanies.has(c.companyId)) return 'context:page';
  if (page.textCompanies.has(c.companyId)) return 'context:same-text';
  const before = contextEndingAt(view, CONTEXT.companyBefore, slot.t0);
  if (before) return `context:company-cue "${displayOf(view, before)}"`;
  const after = contextStartingAt(view, CONTEXT.companyAfter, slot.t1);
  if (after) return `context:company-cue "${displayOf(view, after)}"`;
  // A possessive says "company" of a word, not of a letter ("the One X's ports").
  const possessive = /^['’]s(?![\p{L}])/u.test(normSlice(view.norm, slot.end, slot.end + 3));
  if (!c.info.arabic && c.alias.length > 2 && possessive) return 'context:possessive';
  const quoted =
    OPEN_QUOTES.test(view.original.slice(0, originalAt(view.norm, slot.start - slot.prefix.length))) &&
    CLOSE_QUOTES.test(view.original.slice(originalAt(view.norm, slot.end - 1) + 1));
  if (quoted) return 'context:quoted';
  return null;
}

function hasSense(view: SentenceView): boolean {
  return contextCount(view, CONTEXT.sense) > 0;
}

function hasDataCue(view: SentenceView): boolean {
  const anyData = view.dataHits.length > 0;
  return view.actionHits.some(
    (h) =>
      h.entry.tag.group === 'action' &&
      DATA_ACCESS_CUE_KINDS.has(h.entry.tag.kind) &&
      (h.entry.selfContained || anyData),
  );
}

/** Rules that reject an ambiguous alias outright: lower case, the article, a fruit/river sentence. */
function ruledOut(view: SentenceView, k: number, c: Candidate, direct: string | null): boolean {
  const slot = view.slots[k]!;
  if (!c.info.arabic && c.info.capitalised && c.alias.charAt(0) === c.alias.charAt(0).toLowerCase())
    return true;
  // «الأمازون», «الطلبات»: a name recorded without the article, written with it, is the ordinary noun.
  if (c.info.arabic && !c.info.hasArticle && /(ال|لل)$/.test(slot.prefix)) return true;
  return hasSense(view) && (direct === null || direct === 'context:same-text');
}

/** The original text before the alias, within its sentence. */
function before(view: SentenceView, c: Candidate): string {
  return view.original.slice(0, c.offset);
}

/** The word before the alias, in the original text. */
function previousWord(view: SentenceView, c: Candidate): string {
  const trimmed = before(view, c).trimEnd();
  return trimmed.slice(Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n')) + 1);
}

/** The word before the alias is capitalised ("Times Square", "iPhone X"): the alias may end another name. */
function afterCapitalised(view: SentenceView, c: Candidate): boolean {
  return /^\p{Ll}*\p{Lu}/u.test(previousWord(view, c));
}

/** Capitalised in the middle of a sentence, and not the tail of another proper name ("Times Square"). */
function midSentenceCapital(view: SentenceView, c: Candidate): boolean {
  if (c.info.arabic || c.alias.length < 3 || !/^\p{Lu}/u.test(c.alias)) return false;
  return /[\p{L}\p{N},;:]$/u.test(before(view, c).trimEnd()) && !afterCapitalised(view, c);
}

type Verdict = string | null | false;

/** Right after its parent company's name ("Amazon Ring", "Amazon's Ring division"): a unit of that company. */
function afterParent(
  view: SentenceView,
  k: number,
  candidates: readonly Candidate[],
  out: readonly Verdict[],
): boolean {
  const slot = view.slots[k]!;
  const parent = candidates[k]!.parentId;
  return view.slots.some(
    (s, j) =>
      j < k &&
      out[j] !== false &&
      parent !== null &&
      candidates[j]!.companyId === parent &&
      /^(['’]s)?\s*$/u.test(normSlice(view.norm, s.end, slot.start - slot.prefix.length)),
  );
}

/** The verdict on one alias from its own context, knowing the verdicts on the names before it. */
function ownEvidence(
  view: SentenceView,
  k: number,
  candidates: readonly Candidate[],
  page: PageEvidence,
  out: readonly Verdict[],
): Verdict {
  const c = candidates[k]!;
  if (!c.info.ambiguous) return null;
  const direct = directEvidence(view, k, c, page);
  if (ruledOut(view, k, c, direct)) return false;
  if (direct) return direct;
  if (afterParent(view, k, candidates, out)) return 'context:after-parent';
  // The tail of another name ("iPhone X", "Times Square") takes more than circumstantial evidence.
  if (!c.info.arabic && afterCapitalised(view, c)) return false;
  if (hasDataCue(view) && c.alias.length > 2) return 'context:data-cue';
  return midSentenceCapital(view, c) ? 'context:capitalised' : false;
}

/** Named in a list with a company that counts, or (capitalised, 3+ letters) beside one in the sentence. */
function coMentioned(
  view: SentenceView,
  k: number,
  candidates: readonly Candidate[],
  out: readonly Verdict[],
): boolean {
  const c = candidates[k]!;
  if (ruledOut(view, k, c, null) || (!c.info.arabic && afterCapitalised(view, c))) return false;
  const slot = view.slots[k]!;
  const accepted = (j: number): boolean => j !== k && out[j] !== false;
  const listed = view.slots.some((s, j) => {
    if (!accepted(j)) return false;
    return j < k
      ? isListGap(normSlice(view.norm, s.end, slot.start - slot.prefix.length), slot.prefix)
      : isListGap(normSlice(view.norm, slot.end, s.start - s.prefix.length), s.prefix);
  });
  // One or two letters ("X", "GM") only count inside a list.
  const latinCapital = !c.info.arabic && /^\p{Lu}/u.test(c.alias) && c.alias.length > 2;
  return listed || (latinCapital && candidates.some((_, j) => accepted(j)));
}

/**
 * For each slot: null when the alias is unambiguous, an evidence string when an ambiguous alias counts,
 * or `false` when it does not (an ordinary word: "apple pie", "the Amazon River", «نهر الأمازون»).
 */
export function judgeAmbiguous(
  view: SentenceView,
  candidates: readonly Candidate[],
  page: PageEvidence,
): Verdict[] {
  const out: Verdict[] = [];
  for (let k = 0; k < candidates.length; k++) out.push(ownEvidence(view, k, candidates, page, out));
  // A second pass: next to a company that counts ("Apple Pay and Google Pay", «ابل وامازون ومايكروسوفت»).
  for (let k = 0; k < candidates.length; k++)
    if (out[k] === false && coMentioned(view, k, candidates, out)) out[k] = 'context:co-mention';
  return out;
}
