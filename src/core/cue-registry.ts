import { anyPattern, buildAutomatonSteps, type Automaton } from './automaton';
import { AR_ACTIONS } from './cues/ar-actions';
import { CONTEXT, CONTEXT_CUES, type ContextId, type ContextKind } from './cues/context';
import { DATA_NOUN_CUES, DATA_TYPE_CUES } from './cues/data-types';
import { EN_ACTIONS } from './cues/en-actions';
import { expandPattern, type PatternItem, type VariantCache } from './cues/pattern';
import type { ActionCueKind, ActionCueTable } from './cues/types';
import { buildPhraseIndexSteps, type IndexedPhrase, type PhraseIndex } from './phrase-index';
import type { DataType } from './types';

/** What one cue pattern signals. */
export interface CueEntry {
  readonly tag: CueTag;
  /** An action phrase that names the data itself (needs no data word nearby). */
  readonly selfContained: boolean;
  /** Written in Arabic (verb-first order is then usual). */
  readonly arabic: boolean;
  /** How many words away a data word may be, for an action phrase that needs one (pattern suffix `~N`). */
  readonly reach?: number;
}

export type CueTag =
  | { readonly group: 'action'; readonly kind: ActionCueKind }
  | { readonly group: 'type'; readonly kind: Exclude<DataType, 'other'> }
  | { readonly group: 'data' }
  | { readonly group: 'context'; readonly kind: ContextKind; readonly id: ContextId };

/** Every cue in one phrase index, plus a pre-filter for sentences that cannot hold an action. */
export interface CueRegistry {
  readonly index: PhraseIndex<CueEntry>;
  /** Literals one of which every action phrase contains: no literal, no data action in the sentence. */
  readonly actionKeys: Automaton;
}

/** Words too frequent in news text to be worth a pre-filter key (in folded spelling). */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'a an to the with about for from and of on in at by that this have has had is are was were it its be been ' +
    'will data information users user people your their they we not no isn t s ' +
    'بيانات البيانات معلومات المعلومات الي من في علي مع عن لا لم ان التي الذي هذه هذا'
  ).split(' '),
);

let registry: CueRegistry | null = null;

interface Compiled {
  phrases: IndexedPhrase<CueEntry>[];
  actionKeys: Set<string>;
  /** Token expansions, for this build only (dropped with it). */
  variants: VariantCache;
}

function add(out: Compiled, source: string, tag: CueTag, selfContained: boolean): void {
  const reach = /\s~(\d+)$/.exec(source);
  const pattern = reach ? source.slice(0, reach.index) : source;
  const entry: CueEntry = { tag, selfContained, arabic: /[\u0600-\u06ff]/.test(pattern) };
  if (reach) Object.assign(entry, { reach: Number(reach[1]) });
  const sequences = expandPattern(pattern, tag.group === 'action', out.variants);
  for (const items of sequences) out.phrases.push({ items, value: entry });
  if (tag.group === 'action') for (const items of sequences) out.actionKeys.add(keyOf(items));
}

/** The most telling literal of a word sequence: its longest uncommon word (a substring of any match). */
function keyOf(items: readonly PatternItem[]): string {
  let best = '';
  let bestScore = -1;
  for (const item of items) {
    if (!('word' in item)) continue;
    const score = COMMON_WORDS.has(item.word.text) ? 0 : item.word.text.length;
    if (score > bestScore) {
      best = item.word.text;
      bestScore = score;
    }
  }
  return best;
}

/** One cue pattern as the tables give it: its text, what it signals, whether it stands without a data word. */
type CueSource = [pattern: string, tag: CueTag, selfContained: boolean];

/** The action tables' patterns with their kind ("!" marks a self-contained phrase). */
function* actionSources(table: ActionCueTable): Generator<CueSource> {
  for (const [kind, patterns] of Object.entries(table) as [ActionCueKind, readonly string[]][])
    for (const p of patterns) {
      const self = p.startsWith('!');
      yield [self ? p.slice(1) : p, { group: 'action', kind }, self];
    }
}

/** Every cue pattern, in the order the index keeps them. */
function* allSources(): Generator<CueSource> {
  yield* actionSources(EN_ACTIONS);
  yield* actionSources(AR_ACTIONS);
  for (const [kind, patterns] of Object.entries(DATA_TYPE_CUES) as [Exclude<DataType, 'other'>, string[]][])
    for (const p of patterns) yield [p, { group: 'type', kind }, true];
  for (const p of DATA_NOUN_CUES) yield [p, { group: 'data' }, true];
  for (const [kind, patterns] of Object.entries(CONTEXT_CUES) as [ContextKind, readonly string[]][])
    for (const p of patterns) yield [p, { group: 'context', kind, id: CONTEXT[kind] }, true];
}

/**
 * How many patterns one step expands. A whole table at a time took 20–40 ms a step in a cold engine (a
 * Chromium trace of a page's first scan, when detection still ran in the content script); a few patterns keep
 * each step well under a millisecond, for a caller that builds between other work.
 */
const PATTERNS_PER_STEP = 8;

let building: Generator<void, void, void> | null = null;

/** Compiles the lexicons a few patterns at a time, then the index and the pre-filter, also in steps. */
function* buildSteps(): Generator<void, void, void> {
  const out: Compiled = { phrases: [], actionKeys: new Set(), variants: new Map() };
  let n = 0;
  for (const [source, tag, selfContained] of allSources()) {
    add(out, source, tag, selfContained);
    if (++n % PATTERNS_PER_STEP === 0) yield;
  }
  yield;
  const index = yield* buildPhraseIndexSteps(out.phrases);
  yield;
  registry = { index, actionKeys: yield* buildAutomatonSteps([...out.actionKeys]) };
}

/**
 * Builds the cue tables in small steps, for a caller that must not block: run one step per idle task
 * (`for (const _ of warmUpCues()) await nextTask()`). Optional — detect() builds whatever is left on first use
 * (about 25 ms in a cold engine, measured), as the background does (background/page-detect.ts).
 */
export function* warmUpCues(): Generator<void, void, void> {
  while (!registry) {
    building ??= buildSteps();
    if (building.next().done) building = null;
    else yield;
  }
}

/** Whether the cue tables are built (detect() on text naming a company needs them). */
export function cuesReady(): boolean {
  return registry !== null && registry !== undefined;
}

/** All cues, compiled on first use (once per context). */
export function cueRegistry(): CueRegistry {
  if (!registry) for (const _ of warmUpCues());
  return registry!;
}

/** Whether folded `units[from, to)` holds the key of some action phrase (else no data action is possible). */
export function mayHaveAction(units: Uint16Array, from: number, to: number): boolean {
  return anyPattern(cueRegistry().actionKeys, units, from, to);
}
