import type { CanonicalUrlError } from '../../core/canonical-url';
import type { ExtractError } from './types';

/** Why a page's address refuses saving, as the save action reports it. */
export function urlError(error: CanonicalUrlError): ExtractError {
  return error.kind === 'unsupported-scheme'
    ? { kind: 'unsupported-scheme', scheme: error.scheme, message: `${error.scheme} pages cannot be saved.` }
    : { kind: 'invalid-url', message: `This page's address cannot be read: ${error.input}` };
}
