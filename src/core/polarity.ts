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

/** The first context hit of `kind` that ends at most `reach` words before `hit` and passes `accept`, if any. */
function qualifierBefore(
  view: SentenceView,
  kind: ContextId,
  hit: Hit,
  reach: number,
  accept: (qualifier: Hit) => boolean,
): Hit | undefined {
  for (let i = 0; i < contextCount(view, kind); i++) {
    const q = contextAt(view, kind, i);
    if (q.t1 > hit.t0 || hit.t0 - q.t1 > reach) continue;
    if (accept(q)) return q;
  }
  return undefined;
}

/** Whether the cue is affirmed, negated or cancelled, and the word that decided it. */
export function polarityOf(view: SentenceView, hit: Hit): { polarity: Polarity; by?: Hit } {
  // "never consented to having Facebook collect": the negation is about consent, not the collecting.
  const notAboutConsent = (q: Hit): boolean => !between(view, CONTEXT.consent, q.t1, hit.t0 + 1);
  const neg = qualifierBefore(view, CONTEXT.negator, hit, NEGATION_REACH, notAboutConsent);
  if (neg) return { polarity: 'negated', by: neg };
  // "FTC bans BetterHelp from sharing": a named company is the one banned — that reports the practice.
  const ban = qualifierBefore(
    view,
    CONTEXT.ban,
    hit,
    BAN_REACH,
    (q) => !view.slots.some((s) => s.t0 >= q.t1 && s.t1 <= hit.t0),
  );
  if (ban) return { polarity: 'negated', by: ban };
  const cancel = qualifierBefore(view, CONTEXT.cancel, hit, CANCEL_REACH, notAboutConsent);
  if (cancel) return { polarity: 'cancelled', by: cancel };
  return { polarity: 'affirmed' };
}
