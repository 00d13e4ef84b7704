import { render } from 'preact';
import { App } from './App';
import { backgroundClient } from './client';
import { tabIdFrom } from './links';
import { Root } from './Root';

// `?tab=<id>` shows the popup's view of a given tab in a full tab (see tabIdFrom).
const tabId = tabIdFrom(location.search);
if (tabId !== undefined) document.body.classList.add('in-tab');
render(
  <Root client={backgroundClient}>
    <App tabId={tabId} />
  </Root>,
  document.getElementById('app')!,
);
