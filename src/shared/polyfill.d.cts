import type { Browser } from 'webextension-polyfill';

declare const wrapped: { readonly browser: Browser };
export = wrapped;
