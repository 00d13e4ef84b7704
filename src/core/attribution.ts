import { CONTEXT } from './cues/context';
import { contextEndingAt } from './roles';
import type { SlotFacts } from './roles';
import { contextAt, contextCount, normSlice, type Hit, type SentenceView } from './sentence-view';

/** Who performs a cue's action. */
export type Actor =
  | { readonly type: 'mention'; readonly slot: number; readonly rule: string }
  /** Someone who is not a named company: hackers, users, "you", advertisers, police… */
  | { readonly type: 'other'; readonly rule: string }
  /** A company referred to without its name ("the company", «الشركة») that the sentence does not resolve. */
  | { readonly type: 'reference'; readonly rule: string };

/** The result of attributing one cue. */
export interface Attribution {
  actor: Actor | null;
  /** Names that receive what is passed on ("to Google", «مع فيسبوك»). */
  recipients: number[];
  /** Other names that are arguments of the cue ("asked JPMorgan … to share"). */
  objects: number[];
}

const RELATIVE = /^(which|who|that|التي|الذي|اللي|والتي|والذي)$/;
/** Words between a relative pronoun and its antecedent ("X, a firm based in Y, which"). */
const RELATIVE_REACH = 6;
/** Words between a non-company subject and its verb ("hackers have reportedly stolen"). */
const AGENT_REACH = 3;

function insideGap(hit: Hit, start: number, end: number): boolean {
  for (const [a, b] of hit.gaps) if (a <= start && end <= b) return true;
  return false;
}

function slotEndingAt(view: SentenceView, t: number): number {
  // A loop, not findIndex: this runs for every word between a cue and the start of its sentence.
  const slots = view.slots;
  for (let k = 0; k < slots.length; k++) if (slots[k]!.t1 === t) return k;
  return -1;
}

/** The company a pronoun or "the company" stands for: the nearest acting name before it. */
function resolveReference(view: SentenceView, facts: readonly SlotFacts[], ref: Hit): Actor {
  const word = normSlice(view.norm, ref.start, ref.end);
  if (RELATIVE.test(word)) {
    // A relative pronoun refers to the noun phrase just before it ("Cambridge Analytica, which …",
    // «كامبريدج أناليتيكا هي شركة استشارات … اللي»); anything further away is some other noun.
    for (let k = view.slots.length - 1; k >= 0; k--) {
      const slot = view.slots[k]!;
      if (slot.t1 > ref.t0 || ref.t0 - slot.t1 > RELATIVE_REACH) continue;
      const role = facts[k]!.role;
      if (role !== 'modifier' && role !== 'platform')
        return { type: 'mention', slot: k, rule: 'rule:relative-clause' };
    }
    return { type: 'other', rule: 'rule:relative-clause' };
  }
  for (let k = view.slots.length - 1; k >= 0; k--) {
    const slot = view.slots[k]!;
    if (slot.t1 > ref.t0) continue;
    const role = facts[k]!.role;
    if (role !== 'modifier' && role !== 'platform')
      return { type: 'mention', slot: k, rule: 'rule:reference' };
  }
  return { type: 'reference', rule: 'rule:reference' };
}

/** "… accessed by at least 150 of Google's employees", «من قبل … موظفي غوغل»: the agent of a passive. */
function passiveAgent(view: SentenceView, hit: Hit): Actor | null {
  for (let i = 0; i < contextCount(view, CONTEXT.by); i++) {
    const by = contextAt(view, CONTEXT.by, i);
    if (by.t0 < hit.t1 || by.t0 > hit.t1 + 4) continue;
    const k = view.slots.findIndex((s) => s.t0 >= by.t1 && s.t0 <= by.t1 + 8);
    if (k >= 0) return { type: 'mention', slot: k, rule: 'rule:passive-agent' };
  }
  return null;
}

/**
 * «التي طلبها فيسبوك», «جمعت شركة جوجل»: Arabic puts the subject right after its verb — the name itself, or
 * the name behind a company word. (Not further: «جمع بيانات فيسبوك» is Facebook's data, not Facebook collecting.)
 */
function verbSubject(view: SentenceView, facts: readonly SlotFacts[], hit: Hit): Actor | null {
  if (!hit.entry.arabic || hit.gaps.length > 0) return null;
  const k = view.slots.findIndex((s, i) => {
    if (facts[i]!.role !== 'subject') return false;
    return (
      s.t0 === hit.t1 ||
      (s.t0 === hit.t1 + 1 && contextEndingAt(view, CONTEXT.companyBefore, s.t0) !== undefined)
    );
  });
  return k >= 0 ? { type: 'mention', slot: k, rule: 'rule:verb-subject' } : null;
}

/** Scans backwards from the cue for the nearest acting name, pronoun or non-company agent. */
function subjectBefore(
  view: SentenceView,
  facts: readonly SlotFacts[],
  hit: Hit,
  agentsBlock: boolean,
): Actor | null {
  for (let t = hit.t0; t > 0; t--) {
    const k = slotEndingAt(view, t);
    if (k >= 0) {
      const role = facts[k]!.role;
      if (role === 'subject' || role === 'by')
        return { type: 'mention', slot: k, rule: 'rule:subject-before-cue' };
      continue;
    }
    const ref = contextEndingAt(view, CONTEXT.ref, t);
    if (ref) return resolveReference(view, facts, ref);
    const agent = contextEndingAt(view, CONTEXT.agent, t);
    // "Facebook users", "ByteDance's employees" qualify the company and do not take the action away from it;
    // further than a few words from the verb, "people", "users" are objects, not the subject.
    if (agent && agentsBlock && hit.t0 - t <= AGENT_REACH && slotEndingAt(view, agent.t0) < 0)
      return { type: 'other', rule: 'rule:other-agent' };
  }
  return null;
}

/**
 * Attributes a cue to the company that performs it: the agent of a passive ("by X"), the subject after an
 * Arabic verb («طلبت فيسبوك»), the possessor ("Facebook's wish list"), else the nearest acting name before
 * the cue (through pronouns and relative clauses), else a name just after it.
 */
export function attribute(view: SentenceView, facts: readonly SlotFacts[], hit: Hit): Attribution {
  const recipients: number[] = [];
  const objects: number[] = [];
  let actor: Actor | null = null;
  const kind = hit.entry.tag.group === 'action' ? hit.entry.tag.kind : null;
  const isLeak = kind === 'leak';
  const isShare = kind === 'share' || kind === 'sell';
  // Plain loops in this function: it runs for every action cue, and closures that assign `actor` made it
  // allocate a context per call.
  const slots = view.slots;
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k]!;
    const role = facts[k]!.role;
    const inGap = insideGap(hit, slot.start, slot.end);
    const near = slot.t0 >= hit.t1 && slot.t0 <= hit.t1 + 3;
    if (role === 'by' && (inGap || near) && !actor)
      actor = { type: 'mention', slot: k, rule: 'rule:passive-agent' };
    else if (role === 'toward' && (inGap || (slot.t0 >= hit.t0 && slot.t0 <= hit.t1 + 8))) recipients.push(k);
    else if (inGap) {
      const rightAfterVerb = slot.t0 >= hit.headT1 && slot.t0 <= hit.headT1 + 2;
      if (hit.entry.arabic && rightAfterVerb && role === 'subject' && !actor)
        actor = { type: 'mention', slot: k, rule: 'rule:verb-subject' };
      // "tell Facebook about …", "give Google access": the name right after a verb of passing receives.
      else if (!hit.entry.arabic && isShare && slot.t0 === hit.headT1) recipients.push(k);
      else objects.push(k);
    }
  }
  actor ??= passiveAgent(view, hit);
  actor ??= verbSubject(view, facts, hit);
  if (!actor) {
    let k = 0;
    for (; k < slots.length; k++) {
      const t1 = slots[k]!.t1;
      if (facts[k]!.possessive && t1 <= hit.t0 && hit.t0 - t1 <= 2) break;
    }
    if (k < slots.length) actor = { type: 'mention', slot: k, rule: 'rule:possessive' };
  }
  actor ??= subjectBefore(view, facts, hit, !isLeak);
  if (!actor || actor.type === 'reference') {
    let k = 0;
    for (; k < slots.length; k++) {
      const t0 = slots[k]!.t0;
      if (facts[k]!.role === 'subject' && t0 >= hit.t1 && t0 <= hit.t1 + 3 && !objects.includes(k)) break;
    }
    if (k < slots.length) actor = { type: 'mention', slot: k, rule: 'rule:subject-after-cue' };
  }
  if (!actor && kind === 'request') {
    // «يُطلب من مستخدمي تويتر تقديم معلومات», "Twitter users are asked for …": the company whose users are
    // asked is the one asking.
    let k = 0;
    for (; k < slots.length; k++) {
      const t0 = slots[k]!.t0;
      if (facts[k]!.role === 'modifier' && t0 >= hit.t0 - 3 && t0 <= hit.t1 + 3) break;
    }
    if (k < slots.length) actor = { type: 'mention', slot: k, rule: 'rule:users-of-company' };
  }
  if (!actor && isLeak) {
    // "Hackers stole … of Equifax customers", «سرق قراصنة … من شركة أوبر»: the company named is the victim.
    let k = 0;
    for (; k < facts.length; k++) if (facts[k]!.role !== 'platform') break;
    if (k < facts.length) actor = { type: 'mention', slot: k, rule: 'rule:leak-victim' };
  }
  return { actor, recipients, objects };
}
