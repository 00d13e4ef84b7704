import { CONTEXT, type ContextId } from './cues/context';
import { contextAt, contextCount, type Hit, type SentenceView } from './sentence-view';

/** How a cue is qualified by the words before it. */
export type Polarity =
  /** Stated as happening (past, present, planned, or stopped: "had stopped sharing" still reports sharing). */
  | 'affirmed'
  /** Negated in the company's voice: "we haven't shared", «لا تستطيع الوصول», "rules prohibit … from sharing". */
  | 'negated'
  /** Described as not happening without being denied: "without sending", «دون مشاركة». */
  | 'cancelled';

const NEGATION_REACH = 5;
const CANCEL_REACH = 2;
const BAN_REACH = 6;

function between(view: SentenceView, kind: ContextId, from: number, to: number): boolean {
  for (let i = 0; i < contextCount(view, kind); i++) {
    const h = contextAt(view, kind, i);
    if (h.t0 >= from && h.t1 <= to) return true;
  }
  return false;
}

const AFFIRMED: { readonly polarity: Polarity; readonly by?: Hit } = { polarity: 'affirmed' };

/** Whether the cue is affirmed, negated or cancelled, and the word that decided it. */
export function polarityOf(view: SentenceView, hit: Hit): { readonly polarity: Polarity; readonly by?: Hit } {
  // Plain loops over the view's context lists: this runs for every action cue of every sentence.
  // "never consented to having Facebook collect": the negation is about consent, not the collecting.
  for (let i = 0; i < contextCount(view, CONTEXT.negator); i++) {
    const neg = contextAt(view, CONTEXT.negator, i);
    if (neg.t1 > hit.t0 || hit.t0 - neg.t1 > NEGATION_REACH) continue;
    if (between(view, CONTEXT.consent, neg.t1, hit.t0 + 1)) continue;
    return { polarity: 'negated', by: neg };
  }
  for (let i = 0; i < contextCount(view, CONTEXT.ban); i++) {
    const ban = contextAt(view, CONTEXT.ban, i);
    if (ban.t1 > hit.t0 || hit.t0 - ban.t1 > BAN_REACH) continue;
    // "FTC bans BetterHelp from sharing": a named company is the one banned — that reports the practice.
    if (view.slots.some((s) => s.t0 >= ban.t1 && s.t1 <= hit.t0)) continue;
    return { polarity: 'negated', by: ban };
  }
  for (let i = 0; i < contextCount(view, CONTEXT.cancel); i++) {
    const cancel = contextAt(view, CONTEXT.cancel, i);
    if (cancel.t1 > hit.t0 || hit.t0 - cancel.t1 > CANCEL_REACH) continue;
    if (between(view, CONTEXT.consent, cancel.t1, hit.t0 + 1)) continue;
    return { polarity: 'cancelled', by: cancel };
  }
  return AFFIRMED;
}
