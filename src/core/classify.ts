import { CONTEXT } from './cues/context';
import { attribute, type Actor } from './attribution';
import type { ActionCueKind } from './cues/types';
import { polarityOf } from './polarity';
import { contextEndingAt, contextStartingAt, type SlotFacts } from './roles';
import { NO_GAPS } from './phrase-index';
import { contextAt, contextCount, displayOf, type Hit, type SentenceView } from './sentence-view';
import type { Action, DataType } from './types';

/** What a sentence says about one of its company mentions. */
export interface SlotVerdict {
  kind: 'data' | 'plain';
  action?: Action;
  dataTypes: DataType[];
  counterparties: string[];
  evidence: string[];
}

const ACTION_OF: Readonly<Record<Exclude<ActionCueKind, 'deny' | 'weak'>, Action>> = {
  request: 'requested',
  obtain: 'obtained',
  share: 'shared',
  sell: 'sold',
  leak: 'leaked',
  fine: 'fined',
};
/** When one company gets several actions in a sentence, the most specific one is reported. */
const PRIORITY: readonly Action[] = ['requested', 'sold', 'shared', 'obtained', 'fined', 'leaked'];
/** Actions that make a mention a data request / data access (leaks by hackers and bare fines do not). */
export const DATA_ACCESS_ACTIONS: ReadonlySet<Action> = new Set(['requested', 'obtained', 'shared', 'sold']);
/** How far (in words) a data word may be from an action cue that needs one. */
const DATA_REACH = 14;

interface Claim {
  action: Action;
  evidence: string[];
  /** Other names the claimant's cues take as arguments or receivers (slots, first seen first). */
  counterparties: number[];
}

/**
 * Per slot of the sentence, what it is claimed to do (a sparse array: a sentence names a few companies, and
 * a Map per sentence was a visible share of what detect() allocated).
 */
type Claims = (Claim | undefined)[];

function actionKind(hit: Hit): ActionCueKind | null {
  return hit.entry.tag.group === 'action' ? hit.entry.tag.kind : null;
}

function quote(view: SentenceView, hit: Hit): string {
  return `"${displayOf(view, hit)}"`;
}

function dataNear(dataHits: readonly Hit[], hit: Hit): boolean {
  const reach = hit.entry.reach ?? DATA_REACH;
  for (const d of dataHits) if (d.t0 >= hit.t0 - reach && d.t1 <= hit.t1 + reach) return true;
  return false;
}

/** "Facebook shares fell": the bare word "share(s)" beside market words is stock, not data. */
function isStockShare(view: SentenceView, hit: Hit): boolean {
  if (hit.t1 - hit.t0 !== 1) return false;
  for (let i = 0; i < contextCount(view, CONTEXT.market); i++) {
    const h = contextAt(view, CONTEXT.market, i);
    if (h.t0 <= hit.t1 + 2 && h.t1 >= hit.t0 - 2) return true;
  }
  return false;
}

function sentenceTypes(
  view: SentenceView,
  dataHits: readonly Hit[],
): { types: DataType[]; evidence: string[] } {
  const types: DataType[] = [];
  const evidence: string[] = [];
  for (const h of dataHits) {
    if (h.entry.tag.group !== 'type' || types.includes(h.entry.tag.kind)) continue;
    types.push(h.entry.tag.kind);
    evidence.push(`type:${h.entry.tag.kind} ${quote(view, h)}`);
  }
  if (types.length === 0 && dataHits.length > 0) {
    types.push('other');
    evidence.push(`type:other ${quote(view, dataHits[0]!)}`);
  }
  return { types, evidence };
}

/** The company that speaks in the sentence ("…, Facebook said", «قالت فيسبوك»), if any. */
function speaker(view: SentenceView): number {
  return view.slots.findIndex(
    (s) => contextEndingAt(view, CONTEXT.speech, s.t0) || contextStartingAt(view, CONTEXT.speech, s.t1),
  );
}

function insideLongerAction(actionHits: readonly Hit[], hit: Hit): boolean {
  for (const o of actionHits)
    if (o !== hit && o.start <= hit.start && hit.end <= o.end && o.end - o.start > hit.end - hit.start)
      return true;
  return false;
}

/** Records that `slot` does `action` (the cue's evidence, then the rule's); returns the slot's claim. */
function claim(claims: Claims, slot: number, action: Action, cue: string, rule: string): Claim {
  const old = claims[slot];
  if (!old) return (claims[slot] = { action, evidence: [cue, rule], counterparties: [] });
  if (PRIORITY.indexOf(action) < PRIORITY.indexOf(old.action)) old.action = action;
  if (!old.evidence.includes(cue)) old.evidence.push(cue);
  if (!old.evidence.includes(rule)) old.evidence.push(rule);
  return old;
}

function mentionSlot(actor: Actor | null): number {
  return actor?.type === 'mention' ? actor.slot : -1;
}

/**
 * Decides, for one sentence, which named company requests / obtains / shares / sells / leaks data (kind
 * 'data'), which one denies it (kind 'plain', action 'denied'), and which are counterparties or platforms.
 */
export function classifySentence(view: SentenceView, facts: readonly SlotFacts[]): SlotVerdict[] {
  const { actionHits, dataHits } = view;
  // No action word: nobody acts on data and nobody denies it.
  if (actionHits.length === 0) return plainVerdicts(view, facts);
  const claims: Claims = [];
  const denials: { hit: Hit; evidence: string; actor: Actor | null }[] = [];
  for (const hit of actionHits) {
    const kind = actionKind(hit);
    if (!kind) continue;
    // "asked JPMorgan to share": the sharing is what was asked for, not something JPMorgan did.
    if (insideLongerAction(actionHits, hit)) continue;
    if (kind === 'deny') {
      // A denial is about data when the sentence names data or what is done with it ("denied asking banks").
      if (dataHits.length > 0 || actionHits.some((o) => o !== hit && actionKind(o) !== 'deny'))
        denials.push({
          hit,
          evidence: `cue:deny ${quote(view, hit)}`,
          actor: attribute(view, facts, hit).actor,
        });
      continue;
    }
    if (!hit.entry.selfContained && !dataNear(dataHits, hit)) continue;
    if (kind === 'share' && isStockShare(view, hit)) continue;
    const { polarity, by } = polarityOf(view, hit);
    if (polarity === 'cancelled') continue;
    const { actor, recipients, objects } = attribute(view, facts, hit);
    // "prevent Amazon from listening", «منع تنصت أمازون»: a named company being stopped reports the practice.
    const bannedCompany =
      by?.entry.tag.group === 'context' && by.entry.tag.kind === 'ban' && actor?.type === 'mention';
    if (polarity === 'negated' && !bannedCompany) {
      // A denial is about data or it is not one: "chose not to compromise on quality" denies nothing.
      if (dataHits.length === 0) continue;
      const shown = by ? displayOf(view, { start: by.start, end: hit.end, gaps: [] }) : displayOf(view, hit);
      denials.push({ hit, evidence: `cue:negated "${shown}"`, actor });
      continue;
    }
    if (kind === 'weak') continue;
    const action = ACTION_OF[kind];
    const cue = `cue:${kind} ${quote(view, hit)}`;
    const actorSlot = mentionSlot(actor);
    if (actorSlot >= 0 && actor) {
      const { counterparties } = claim(claims, actorSlot, action, cue, actor.rule);
      for (const list of [recipients, objects])
        for (const k of list) if (k !== actorSlot && !counterparties.includes(k)) counterparties.push(k);
    } else if (action !== 'leaked' && action !== 'fined') {
      // Nobody named does it ("hospitals sending data to Facebook"): the named receiver obtains the data.
      for (const k of recipients) claim(claims, k, 'obtained', cue, 'rule:recipient');
    }
  }
  return verdicts(view, facts, dataHits, claims, denials);
}

function verdicts(
  view: SentenceView,
  facts: readonly SlotFacts[],
  dataHits: readonly Hit[],
  claims: Claims,
  denials: readonly { hit: Hit; evidence: string; actor: Actor | null }[],
): SlotVerdict[] {
  const explicitDenial = denials.some((d) => actionKind(d.hit) === 'deny');
  let anyAccess = false;
  let anyClaim = false;
  for (const c of claims)
    if (c) {
      anyClaim = true;
      anyAccess ||= DATA_ACCESS_ACTIONS.has(c.action);
    }
  const isDenial = denials.length > 0 && (explicitDenial || !anyAccess);
  // Nobody acts on data and nobody denies it (most sentences): every name is plain, and the data types and
  // parties, which would only be quoted as evidence, are not worked out.
  if (!isDenial && !anyClaim) return plainVerdicts(view, facts);
  const { types, evidence: typeEvidence } = sentenceTypes(view, dataHits);
  let denier = -1;
  if (isDenial) {
    denier = denials.map((d) => mentionSlot(d.actor)).find((k) => k >= 0) ?? speaker(view);
    if (denier < 0) denier = facts.findIndex((f) => f.role === 'subject');
  }
  const parties: string[] = [];
  for (let i = 0; i < contextCount(view, CONTEXT.party); i++)
    parties.push(displayOf(view, contextAt(view, CONTEXT.party, i)));
  const out: SlotVerdict[] = [];
  for (let k = 0; k < view.slots.length; k++) {
    const c = isDenial ? undefined : claims[k];
    if (isDenial && k === denier) {
      const evidence = denials.map((d) => d.evidence);
      for (const e of typeEvidence) evidence.push(e);
      const counterparties: string[] = [];
      for (let j = 0; j < view.slots.length; j++) if (j !== k) addUnique(counterparties, nameOf(view, j));
      for (const p of parties) addUnique(counterparties, p);
      out.push({ kind: 'plain', action: 'denied', dataTypes: types.slice(), counterparties, evidence });
    } else if (c) {
      const counterparties: string[] = [];
      for (const j of c.counterparties) addUnique(counterparties, nameOf(view, j));
      for (const p of parties) addUnique(counterparties, p);
      const evidence = c.evidence.slice();
      for (const e of typeEvidence) evidence.push(e);
      const dataTypes: DataType[] = types.length > 0 ? types.slice() : ['other'];
      out.push({ kind: 'data', action: c.action, dataTypes, counterparties, evidence });
    } else out.push(plainVerdict(facts[k]!));
  }
  return out;
}

/** Every name plain: what a sentence says when nobody in it acts on data or denies doing so. */
function plainVerdicts(view: SentenceView, facts: readonly SlotFacts[]): SlotVerdict[] {
  const out: SlotVerdict[] = [];
  for (let k = 0; k < view.slots.length; k++) out.push(plainVerdict(facts[k]!));
  return out;
}

/** A plain name; its evidence is its role when it is not the subject. Each verdict owns its arrays. */
function plainVerdict(role: SlotFacts): SlotVerdict {
  const evidence =
    role.role !== 'subject' ? [`role:${role.role}${role.because ? ` "${role.because}"` : ''}`] : [];
  return { kind: 'plain', dataTypes: [], counterparties: [], evidence };
}

function nameOf(view: SentenceView, k: number): string {
  const s = view.slots[k]!;
  return displayOf(view, { start: s.start, end: s.end, gaps: NO_GAPS });
}

/** Appends `x` unless it is there already (the lists are a few names long: no Set needed). */
function addUnique(xs: string[], x: string): void {
  if (!xs.includes(x)) xs.push(x);
}
