import { anyPattern, buildAutomaton, markPatterns, type Automaton } from './automaton';
import { AR_ACTIONS } from './cues/ar-actions';
import type { ContextKind } from './cues/context';
import { DATA_NOUN_CUES, DATA_TYPE_CUES } from './cues/data-types';
import { compileCue, type CompiledCue } from './cues/dsl';
import { EN_ACTIONS } from './cues/en-actions';
import type { ActionCueKind, ActionCueTable } from './cues/types';
import type { DataType } from './types';

/** One compiled cue with what it signals. */
export interface CueEntry {
  readonly cue: CompiledCue;
  readonly tag: CueTag;
  /** An action phrase that names the data itself (needs no data word nearby). */
  readonly selfContained: boolean;
  /** Written in Arabic (verb-first order is then usual). */
  readonly arabic: boolean;
  /** Ids of the pre-filter keys (see {@link CueRegistry.keys}); empty: always run. */
  readonly keyIds: readonly number[];
}

export type CueTag =
  | { readonly group: 'action'; readonly kind: ActionCueKind }
  | { readonly group: 'type'; readonly kind: Exclude<DataType, 'other'> }
  | { readonly group: 'data' }
  | { readonly group: 'context'; readonly kind: ContextKind };

const NO_REGEX = /(?!)/g;

const contextEntries = new Map<ContextKind, CueEntry>();

/** The entry every context hit of a kind carries (context words are looked up in a table: context-index.ts). */
export function contextEntry(kind: ContextKind): CueEntry {
  let entry = contextEntries.get(kind);
  if (!entry) {
    entry = {
      cue: { keys: [], hasGaps: false, search: () => NO_REGEX, sticky: () => NO_REGEX },
      tag: { group: 'context', kind },
      selfContained: true,
      arabic: false,
      keyIds: [],
    };
    contextEntries.set(kind, entry);
  }
  return entry;
}

/** Every cue, plus one automaton over all their pre-filter keys. */
export interface CueRegistry {
  readonly entries: readonly CueEntry[];
  readonly keys: Automaton;
  readonly keyCount: number;
  /** Key id → indices of the entries that key unlocks. */
  readonly unlocks: readonly (readonly number[])[];
  /** Entries without keys (always candidates). */
  readonly always: readonly number[];
  /** An automaton over the keys of action cues only: a sentence without any cannot report a data action. */
  readonly actionKeys: Automaton;
  /** Some action cue has no key (then every sentence must be examined). */
  readonly actionWithoutKey: boolean;
}

let registry: CueRegistry | null = null;

type Draft = Omit<CueEntry, 'keyIds'>;

function draft(pattern: string, tag: CueTag): Draft {
  const selfContained = pattern.startsWith('!');
  const source = selfContained ? pattern.slice(1) : pattern;
  return { cue: compileCue(source), tag, selfContained, arabic: /[\u0600-\u06ff]/.test(source) };
}

function actionDrafts(table: ActionCueTable): Draft[] {
  const out: Draft[] = [];
  for (const [kind, patterns] of Object.entries(table) as [ActionCueKind, readonly string[]][])
    for (const p of patterns) out.push(draft(p, { group: 'action', kind }));
  return out;
}

function allDrafts(): Draft[] {
  const out: Draft[] = [...actionDrafts(EN_ACTIONS), ...actionDrafts(AR_ACTIONS)];
  for (const [kind, patterns] of Object.entries(DATA_TYPE_CUES) as [Exclude<DataType, 'other'>, string[]][])
    for (const p of patterns) out.push(draft(`!${p}`, { group: 'type', kind }));
  for (const p of DATA_NOUN_CUES) out.push(draft(`!${p}`, { group: 'data' }));
  return out;
}

/** All cues, compiled on first use (a few milliseconds, once per context). */
export function cueRegistry(): CueRegistry {
  if (registry) return registry;
  const drafts = allDrafts();
  const keyIndex = new Map<string, number>();
  const entries = drafts.map((d): CueEntry => {
    const keyIds = d.cue.keys.map((k) => {
      let id = keyIndex.get(k);
      if (id === undefined) keyIndex.set(k, (id = keyIndex.size));
      return id;
    });
    return { ...d, keyIds };
  });
  const unlocks: number[][] = Array.from({ length: keyIndex.size }, () => []);
  const always: number[] = [];
  entries.forEach((e, i) => {
    if (e.keyIds.length === 0) always.push(i);
    for (const id of e.keyIds) unlocks[id]!.push(i);
  });
  const actions = entries.filter((e) => e.tag.group === 'action');
  registry = {
    entries,
    keys: buildAutomaton([...keyIndex.keys()]),
    keyCount: keyIndex.size,
    unlocks,
    always,
    actionKeys: buildAutomaton([...new Set(actions.flatMap((e) => e.cue.keys))]),
    actionWithoutKey: actions.some((e) => e.keyIds.length === 0),
  };
  return registry;
}

/** Whether folded `units[from, to)` contains the key of some action cue (see {@link CueRegistry.actionKeys}). */
export function mayHaveAction(units: Uint16Array, from: number, to: number): boolean {
  const reg = cueRegistry();
  return reg.actionWithoutKey || anyPattern(reg.actionKeys, units, from, to);
}

let present = new Uint8Array(0);
let chosen = new Uint8Array(0);

/** The cues whose pre-filter keys occur in `text` (normalised), in registry order. */
export function candidateCues(text: string): CueEntry[] {
  const reg = cueRegistry();
  if (present.length !== reg.keyCount) present = new Uint8Array(reg.keyCount);
  else present.fill(0);
  if (chosen.length !== reg.entries.length) chosen = new Uint8Array(reg.entries.length);
  else chosen.fill(0);
  markPatterns(reg.keys, text, present);
  for (const i of reg.always) chosen[i] = 1;
  for (let id = 0; id < present.length; id++)
    if (present[id] === 1) for (const i of reg.unlocks[id]!) chosen[i] = 1;
  const out: CueEntry[] = [];
  for (let i = 0; i < chosen.length; i++) if (chosen[i] === 1) out.push(reg.entries[i]!);
  return out;
}
