import { render } from 'preact';
import { App } from './App';
import { backgroundClient } from './client';
import { uiDirection } from './i18n';

// `?tab=<id>` opens the popup's view for a given tab in a full tab (documented in the README; tests use it).
const tabParam = new URLSearchParams(location.search).get('tab');
const tabId = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : undefined;

document.documentElement.dir = uiDirection();
document.documentElement.lang = uiDirection() === 'rtl' ? 'ar' : 'en';
render(<App client={backgroundClient} tabId={tabId} />, document.getElementById('app')!);
