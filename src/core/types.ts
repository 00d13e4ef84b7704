/** The eleven kinds of personal data the classifier knows (see docs/DATA-FORMATS.md). */
export const DATA_TYPES = [
  'financial',
  'location',
  'contacts',
  'health',
  'biometric',
  'browsing',
  'messages',
  'audio_video',
  'identity',
  'purchase',
  'other',
] as const;
export type DataType = (typeof DATA_TYPES)[number];

/** What a sentence says a company does with the data. `denied` marks a denial: not a data request. */
export const ACTIONS = ['requested', 'obtained', 'shared', 'sold', 'leaked', 'fined', 'denied'] as const;
export type Action = (typeof ACTIONS)[number];

export type Lang = 'en' | 'ar';

/** One company mention in a text, with what its sentence says (see ARCHITECTURE.md, "A mention"). */
export interface Mention {
  companyId: string;
  /** The alias as written in the text. */
  alias: string;
  /** Offsets into the original (not normalised) text; `end` is exclusive. */
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  kind: 'data' | 'plain';
  action?: Action;
  dataTypes: DataType[];
  /** Names of the other parties (e.g. the banks), as written in the sentence. */
  counterparties: string[];
  /** The cues and rules that fired, for "why is this highlighted?". */
  evidence: string[];
}
