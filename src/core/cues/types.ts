/** What a cue phrase signals about its sentence. */
export type ActionCueKind = 'request' | 'obtain' | 'share' | 'sell' | 'leak' | 'fine' | 'deny' | 'weak';

/**
 * Cue phrases per kind, in the pattern language of `dsl.ts`. A leading `!` marks a phrase that names the
 * data itself ("snoop on users", "data collection"); every other action phrase needs a data word nearby.
 * A trailing ` ~N` sets how many words away that data word may be (default 14).
 * `weak` phrases (see, read) only matter when negated: "Google can't see individual transactions".
 */
export type ActionCueTable = Readonly<Partial<Record<ActionCueKind, readonly string[]>>>;
