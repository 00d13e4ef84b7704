import { AR_ACTIONS } from './cues/ar-actions';
import { CONTEXT_CUES, type ContextKind } from './cues/context';
import { DATA_NOUN_CUES, DATA_TYPE_CUES } from './cues/data-types';
import { compileCue, type CompiledCue } from './cues/dsl';
import { EN_ACTIONS } from './cues/en-actions';
import type { ActionCueKind, ActionCueTable } from './cues/types';
import type { DataType } from './types';

/** One compiled cue with what it signals. */
export interface CueEntry {
  readonly cue: CompiledCue;
  /** `action:<kind>`, `type:<DataType>`, `data` or `context:<kind>`. */
  readonly tag: CueTag;
  /** An action phrase that names the data itself (needs no data word nearby). */
  readonly selfContained: boolean;
  /** Written in Arabic (verb-first order is then usual). */
  readonly arabic: boolean;
}

export type CueTag =
  | { readonly group: 'action'; readonly kind: ActionCueKind }
  | { readonly group: 'type'; readonly kind: Exclude<DataType, 'other'> }
  | { readonly group: 'data' }
  | { readonly group: 'context'; readonly kind: ContextKind };

let registry: readonly CueEntry[] | null = null;

function entry(pattern: string, tag: CueTag): CueEntry {
  const selfContained = pattern.startsWith('!');
  const source = selfContained ? pattern.slice(1) : pattern;
  return { cue: compileCue(source), tag, selfContained, arabic: /[\u0600-\u06ff]/.test(source) };
}

function actionEntries(table: ActionCueTable): CueEntry[] {
  const out: CueEntry[] = [];
  for (const [kind, patterns] of Object.entries(table) as [ActionCueKind, readonly string[]][])
    for (const p of patterns) out.push(entry(p, { group: 'action', kind }));
  return out;
}

/** All cues, compiled on first use (a few milliseconds, once per context). */
export function cueRegistry(): readonly CueEntry[] {
  if (registry) return registry;
  const out: CueEntry[] = [...actionEntries(EN_ACTIONS), ...actionEntries(AR_ACTIONS)];
  for (const [kind, patterns] of Object.entries(DATA_TYPE_CUES) as [Exclude<DataType, 'other'>, string[]][])
    for (const p of patterns) out.push(entry(`!${p}`, { group: 'type', kind }));
  for (const p of DATA_NOUN_CUES) out.push(entry(`!${p}`, { group: 'data' }));
  for (const [kind, patterns] of Object.entries(CONTEXT_CUES) as [ContextKind, readonly string[]][])
    for (const p of patterns) out.push(entry(`!${p}`, { group: 'context', kind }));
  registry = out;
  return out;
}
