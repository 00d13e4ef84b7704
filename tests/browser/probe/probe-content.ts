/**
 * TEST BUILD ONLY (dist/firefox-probe; never in a shipped build): a content script that relays raw messages
 * from a local test page to the background, the way a compromised page process could, so tests can prove the
 * background validates and refuses them. It listens only on 127.0.0.1 pages.
 */
type Runtime = { sendMessage(message: unknown): Promise<unknown> };
const { runtime } = (globalThis as unknown as { browser: { runtime: Runtime } }).browser;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data as { probe?: string; message?: unknown } | null;
  if (event.source !== window || !data || data.probe !== 'privacy-radar-probe') return;
  void runtime.sendMessage(data.message).then(
    (reply) => window.postMessage({ probeReply: 'privacy-radar-probe', reply }, '*'),
    (error: unknown) =>
      window.postMessage({ probeReply: 'privacy-radar-probe', reply: { thrown: String(error) } }, '*'),
  );
});
