import { CONTEXT, type ContextId } from './cues/context';
import { isListGap } from './lists';
import {
  contextAt,
  contextCount,
  normSlice,
  normUnitAt,
  type Hit,
  type SentenceView,
  type Slot,
} from './sentence-view';

/**
 * The part a company name plays in its sentence, read from the words just around it:
 * - `subject`  — default: the name can be the one who acts;
 * - `platform` — "posted on Facebook", «عبر فيسبوك»: where something happens;
 * - `toward`   — "sent to Google", «مع فيسبوك», «لفيسبوك»: receiver / partner;
 * - `from`     — "from JPMorgan": source;
 * - `by`       — "harvested by Cambridge Analytica": the agent of a passive;
 * - `party`    — "banks like Citigroup", «بنك سيتي»: a counterparty by description;
 * - `modifier` — "Facebook users", «مستخدمي تويتر»: qualifies someone else;
 * - `source`   — "according to Google", «بحسب غوغل»: who reports, not who acts.
 */
export type Role = 'subject' | 'platform' | 'toward' | 'from' | 'by' | 'party' | 'modifier' | 'source';

/** Role and shape facts for each slot of a sentence view. */
export interface SlotFacts {
  role: Role;
  /** Followed by 's / ’s. */
  possessive: boolean;
  /** The context word that decided the role, for evidence. */
  because: string;
}

/** Context hits of one kind that end exactly before token `t`. */
export function contextEndingAt(view: SentenceView, kind: ContextId, t: number): Hit | undefined {
  // Plain loops here and below: the rules ask word by word, and a closure per question showed up in profiles.
  for (let i = 0; i < contextCount(view, kind); i++) {
    const hit = contextAt(view, kind, i);
    if (hit.t1 === t) return hit;
  }
  return undefined;
}

/** Context hits of one kind that start exactly at token `t`. */
export function contextStartingAt(view: SentenceView, kind: ContextId, t: number): Hit | undefined {
  for (let i = 0; i < contextCount(view, kind); i++) {
    const hit = contextAt(view, kind, i);
    if (hit.t0 === t) return hit;
  }
  return undefined;
}

const BEFORE_ROLES: readonly [ContextId, Role][] = [
  [CONTEXT.source, 'source'],
  [CONTEXT.platform, 'platform'],
  [CONTEXT.toward, 'toward'],
  [CONTEXT.from, 'from'],
  [CONTEXT.by, 'by'],
  [CONTEXT.modifierBefore, 'modifier'],
];
/** Words that describe a name before it: a company word, or a counterparty's ("the bank"). */
const DESCRIPTORS: readonly ContextId[] = [CONTEXT.companyBefore, CONTEXT.party];

function wordAt(view: SentenceView, hit: Hit): string {
  return normSlice(view.norm, hit.start, hit.end);
}

/**
 * A descriptive word just before token `t`: «شركة», "the company", "political consultancy" — or, in an Arabic
 * construct, one word earlier («شركة الأبحاث كامبريدج»), with nothing but a space between.
 */
function descriptorBefore(view: SentenceView, t: number): Hit | undefined {
  for (const kind of DESCRIPTORS) {
    const hit = contextEndingAt(view, kind, t);
    if (hit) return hit;
  }
  if (t < 1 || t > view.tokenCount) return undefined;
  const wordStart = view.tokenStart[t - 1]!;
  if (!hasArabic(view, wordStart, view.tokenEnd[t - 1]!)) return undefined;
  for (const kind of DESCRIPTORS) {
    const hit = contextEndingAt(view, kind, t - 1);
    if (hit && /^ $/.test(normSlice(view.norm, hit.end, wordStart))) return hit;
  }
  return undefined;
}

/** Whether normalised `[start, end)` holds a character of the Arabic block (U+0600–U+06FF). */
function hasArabic(view: SentenceView, start: number, end: number): boolean {
  for (let i = view.unitsFrom + start; i < view.unitsFrom + end; i++) {
    const c = view.units[i]!;
    if (c >= 0x0600 && c <= 0x06ff) return true;
  }
  return false;
}

function roleBefore(view: SentenceView, slot: Slot): { role: Role; because: string } {
  if (/^[وف]?لل?$/.test(slot.prefix)) return { role: 'toward', because: slot.prefix };
  let t = slot.t0;
  let party = '';
  // "شركة الأبحاث كامبريدج", "with political consultancy Cambridge Analytica", «بنك سيتي»: look through the
  // description (one: «السلطات شركة أوبر» is two nouns) to the preposition before it, remembering whether
  // it described a counterparty.
  const described = descriptorBefore(view, t);
  if (described) {
    const word = wordAt(view, described);
    if (/^(لل|ل)(?!ل)/.test(word) && !word.startsWith('ال')) return { role: 'toward', because: word };
    if (contextEndingAt(view, CONTEXT.party, described.t1)) party = word;
    t = described.t0;
  }
  for (const [kind, role] of BEFORE_ROLES) {
    const hit = contextEndingAt(view, kind, t);
    // «غرامة على أوبر», «الضغط على فيسبوك»: after an action word, «على» marks its target, not a platform.
    if (hit && role === 'platform' && wordAt(view, hit) === 'علي' && actionEndingAt(view, hit.t0)) continue;
    if (hit) return { role, because: wordAt(view, hit) };
  }
  if (party) return { role: 'party', because: party };
  const example = contextEndingAt(view, CONTEXT.example, t);
  if (example && contextEndingAt(view, CONTEXT.party, example.t0))
    return { role: 'party', because: wordAt(view, example) };
  return { role: 'subject', because: '' };
}

function actionEndingAt(view: SentenceView, t: number): boolean {
  for (const h of view.actionHits) if (h.t1 === t) return true;
  return false;
}

/** Works out every slot's role; names in a list ("X, Y and Z", «X وY») share the role of the first. */
export function slotFacts(view: SentenceView): SlotFacts[] {
  const out: SlotFacts[] = [];
  for (let i = 0; i < view.slots.length; i++) {
    const slot = view.slots[i]!;
    let { role, because } = roleBefore(view, slot);
    const prev = view.slots[i - 1];
    if (prev && role === 'subject' && (slot.prefix === '' || slot.prefix === 'و')) {
      const between = normSlice(view.norm, prev.end, slot.start - slot.prefix.length);
      const prevFacts = out[i - 1]!;
      if (isListGap(between, slot.prefix) && prevFacts.role !== 'modifier') ({ role, because } = prevFacts);
    }
    if (role === 'subject') {
      const after = contextStartingAt(view, CONTEXT.modifierAfter, slot.t1);
      if (after) ({ role, because } = { role: 'modifier', because: wordAt(view, after) });
    }
    // Only an apostrophe can start a possessive: the RegExp runs for those alone.
    const next = normUnitAt(view.norm, slot.end);
    const possessive =
      (next === 0x27 || next === 0x2019) &&
      /^['’]s?(?![\p{L}])/u.test(normSlice(view.norm, slot.end, slot.end + 3));
    out.push({ role, possessive, because });
  }
  return out;
}
