/**
 * The seam: the only module that imports webextension-polyfill (unmaintained upstream, so nothing else may
 * depend on it directly). Tests replace this module with a fake; a future move to the native `browser`/`chrome`
 * namespace changes this file alone.
 */
import wrapped from './polyfill.cjs';

export type { Runtime, Tabs, Menus } from 'webextension-polyfill';
/** Read through polyfill.cjs, which holds the polyfill in one property (why: see that file). */
const browser = wrapped.browser;
export default browser;

/**
 * Chromium's offscreen-document API, which the polyfill does not cover: a service worker has no DOM, so the
 * article of a page being saved is parsed in an offscreen document. Undefined in Firefox, whose background
 * page has a DOM of its own.
 */
export function offscreenApi():
  { offscreen: typeof chrome.offscreen; getContexts: typeof chrome.runtime.getContexts } | undefined {
  const native = (globalThis as { chrome?: typeof chrome }).chrome;
  if (!native?.offscreen || !native.runtime?.getContexts) return undefined;
  return { offscreen: native.offscreen, getContexts: native.runtime.getContexts.bind(native.runtime) };
}
