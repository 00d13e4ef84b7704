/** Public surface of the detection engine (pure: no DOM, no browser API). */
export { compileLexicon, detect, companyById, scanCompanies } from './detect';
export type { AliasMatch, CompanyRecord, CompiledLexicon, DetectOptions } from './detect';
export { normalize } from './normalize';
export type { Normalized } from './normalize';
export { splitSentences } from './sentences';
export type { SentenceSpan } from './sentences';
export { DATA_ACCESS_ACTIONS } from './classify';
export { cuesReady, warmUpCues } from './cue-registry';
export { companyLabels, detectWithKnown } from './detect-remote';
export type { CompanyLabel, RemoteDetection, RemoteMention } from './detect-remote';
export type { Mention, Action, DataType, Lang } from './types';
