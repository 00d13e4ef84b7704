/** Public surface of the detection engine. */
export { compileLexicon, detect, companyById } from './detect';
export type { CompanyRecord, CompiledLexicon, DetectOptions } from './detect';
export type { Mention, Action, DataType, Lang } from './types';
export { normalize } from './normalize';
export type { Normalized } from './normalize';
export { splitSentences } from './sentences';
export type { SentenceSpan } from './sentences';
