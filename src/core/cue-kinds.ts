import type { ActionCueKind } from './cues/types';

/** Cue kinds that report a company asking for, getting, passing on or selling data. */
export const DATA_ACCESS_CUE_KINDS: ReadonlySet<ActionCueKind> = new Set([
  'request',
  'obtain',
  'share',
  'sell',
]);
