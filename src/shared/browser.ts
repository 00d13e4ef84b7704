/**
 * The seam: the only module that imports webextension-polyfill (unmaintained upstream, so nothing else may
 * depend on it directly). Tests replace this module with a fake; a future move to the native `browser`/`chrome`
 * namespace changes this file alone.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Menus } from 'webextension-polyfill';
export default browser;
