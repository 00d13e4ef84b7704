/** The card's styles, scoped to its shadow root. Light and dark follow the system; forced colors are honoured. */
export const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  width: min(380px, calc(100vw - 16px)); max-height: min(440px, calc(100vh - 16px)); overflow: auto;
  padding: 12px 14px; border-radius: 10px; border: 1px solid #c9ced6;
  background: #ffffff; color: #1b1f23; box-shadow: 0 8px 28px rgba(0,0,0,.22);
  font: 13px/1.45 system-ui, "Segoe UI", "Noto Sans Arabic", "Noto Sans", sans-serif; text-align: start;
}
@media (prefers-color-scheme: dark) {
  .card { background: #1f2328; color: #e6e8eb; border-color: #3a414a; }
  .muted { color: #a2acb8 !important; }
  a { color: #8ab4ff !important; }
  button { background: #2b3138 !important; color: #e6e8eb !important; border-color: #4a525c !important; }
}
@media (forced-colors: active) { .card { border: 2px solid CanvasText; } }
.head { display: flex; align-items: baseline; gap: 8px; justify-content: space-between; }
.company { font-weight: 700; font-size: 15px; }
.what { margin: 6px 0; font-weight: 600; }
.what.data { color: #b3261e; }
.muted { color: #5a6470; font-size: 12px; }
details { margin: 6px 0; }
summary { cursor: pointer; }
ul { margin: 4px 0; padding-inline-start: 18px; }
li { margin: 2px 0; }
.related { margin: 8px 0 4px; }
.item { margin: 6px 0; padding: 6px 8px; border-radius: 6px; background: rgba(127,127,127,.1); }
.item-title { font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #b7bec8; background: #f4f6f8; color: #1b1f23; cursor: pointer; }
button:focus-visible, a:focus-visible, summary:focus-visible { outline: 2px solid #d93025; outline-offset: 2px; }
.close { border: none; background: transparent !important; font-size: 16px; line-height: 1; padding: 2px 6px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
