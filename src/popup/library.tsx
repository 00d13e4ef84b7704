import { render } from 'preact';
import { backgroundClient } from './client';
import { LibraryApp } from './library/LibraryApp';
import { Root } from './Root';

render(
  <Root client={backgroundClient}>
    <LibraryApp />
  </Root>,
  document.getElementById('app')!,
);
