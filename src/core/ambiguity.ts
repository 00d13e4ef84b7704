import { DATA_ACCESS_CUE_KINDS } from './cue-kinds';
import type { PatternInfo } from './lexicon';
import { isListGap } from './lists';
import { contextEndingAt, contextStartingAt } from './roles';
import { displayOf, type SentenceView } from './sentence-view';

/** What is known about one candidate mention before deciding whether an ambiguous alias counts. */
export interface Candidate {
  info: PatternInfo;
  companyId: string;
  /** The alias as written in the original text. */
  alias: string;
  /** The original text before the alias, within its sentence. */
  before: string;
}

/** Evidence shared by the whole text or page. */
export interface PageEvidence {
  pageCompanies: ReadonlySet<string>;
  textCompanies: ReadonlySet<string>;
}

const OPEN_QUOTES = /["“«'‘(]\s*$/u;
const CLOSE_QUOTES = /^\s*["”»'’)]/u;

/** Direct evidence that an ambiguous alias names the company, or null. */
function directEvidence(view: SentenceView, k: number, c: Candidate, page: PageEvidence): string | null {
  const slot = view.slots[k]!;
  if (page.pageCompanies.has(c.companyId)) return 'context:page';
  if (page.textCompanies.has(c.companyId)) return 'context:same-text';
  const before = contextEndingAt(view, 'companyBefore', slot.t0);
  if (before) return `context:company-cue "${displayOf(view, before)}"`;
  const after = contextStartingAt(view, 'companyAfter', slot.t1);
  if (after) return `context:company-cue "${displayOf(view, after)}"`;
  if (!c.info.arabic && /^['’]s(?![\p{L}])/u.test(view.norm.text.slice(slot.end, slot.end + 3)))
    return 'context:possessive';
  const quoted =
    OPEN_QUOTES.test(view.original.slice(0, view.norm.map[slot.start - slot.prefix.length])) &&
    CLOSE_QUOTES.test(view.original.slice(view.norm.map[slot.end - 1]! + 1));
  if (quoted) return 'context:quoted';
  return null;
}

function hasSense(view: SentenceView): boolean {
  return view.hits.some((h) => h.entry.tag.group === 'context' && h.entry.tag.kind === 'sense');
}

function hasDataCue(view: SentenceView): boolean {
  const anyData = view.hits.some((h) => h.entry.tag.group === 'type' || h.entry.tag.group === 'data');
  return view.hits.some(
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

/** The word before the alias starts with a capital letter (and the alias is not the first word). */
function afterCapitalised(c: Candidate): boolean {
  const trimmed = c.before.trimEnd();
  const previous = trimmed.slice(Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n')) + 1);
  return /^\p{Lu}/u.test(previous) || /^\p{Ll}+\p{Lu}/u.test(previous);
}

/** Capitalised in the middle of a sentence, and not the tail of another proper name ("Times Square"). */
function midSentenceCapital(c: Candidate): boolean {
  if (c.info.arabic || c.alias.length < 3 || !/^\p{Lu}/u.test(c.alias)) return false;
  const trimmed = c.before.trimEnd();
  if (!/[\p{L}\p{N},;:]$/u.test(trimmed)) return false;
  const previous = trimmed.slice(Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n')) + 1);
  return !/^\p{Lu}/u.test(previous);
}

/**
 * For each slot: null when the alias is unambiguous, an evidence string when an ambiguous alias counts,
 * or `false` when it does not (an ordinary word: "apple pie", "the Amazon River", «نهر الأمازون»).
 */
export function judgeAmbiguous(
  view: SentenceView,
  candidates: readonly Candidate[],
  page: PageEvidence,
): (string | null | false)[] {
  const out: (string | null | false)[] = candidates.map((c, k) => {
    if (!c.info.ambiguous) return null;
    const direct = directEvidence(view, k, c, page);
    if (ruledOut(view, k, c, direct)) return false;
    if (direct) return direct;
    if (hasDataCue(view)) return 'context:data-cue';
    return midSentenceCapital(c) ? 'context:capitalised' : false;
  });
  // A second pass: named next to a company that counts ("Apple Pay and Google Pay", «ابل وامازون ومايكروسوفت»).
  candidates.forEach((c, k) => {
    if (out[k] !== false || ruledOut(view, k, c, null)) return;
    const accepted = (j: number): boolean => j !== k && out[j] !== false;
    const slot = view.slots[k]!;
    const listed = view.slots.some((s, j) => {
      if (!accepted(j)) return false;
      return j < k
        ? isListGap(view.norm.text.slice(s.end, slot.start - slot.prefix.length), slot.prefix)
        : isListGap(view.norm.text.slice(slot.end, s.start - s.prefix.length), s.prefix);
    });
    // Anywhere in the sentence for a capitalised word of some length; a letter or two ("X", "GM") only counts
    // inside a list, and never as the tail of another name ("iPhone X", "Xbox One X").
    const latinCapital =
      !c.info.arabic && /^\p{Lu}/u.test(c.alias) && c.alias.length > 2 && !afterCapitalised(c);
    if (listed || (latinCapital && candidates.some((_, j) => accepted(j)))) out[k] = 'context:co-mention';
  });
  return out;
}
