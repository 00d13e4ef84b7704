/* global chrome */
// Answers the content script at once: the reference measures the page's side of one round trip, no detection.
chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  reply({ ok: true, chars: String(message.text).length });
});
