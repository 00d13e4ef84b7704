/** Rendering popup and library views with a fake background, in happy-dom. */
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import type { ArticleMeta, Response } from '../../../src/shared/messages';
import type { Client, PopupType, Req, Res } from '../../../src/popup/client';
import { createDirectory } from '../../../src/popup/companies';
import { Providers } from '../../../src/popup/Providers';
import type { UiLang } from '../../../src/shared/i18n';

type Handler<K extends PopupType> = (payload: Req<K>) => Res<K> | Promise<Res<K>> | Response<Res<K>>;
export type FakeHandlers = { [K in PopupType]?: Handler<K> };

export interface FakeClient extends Client {
  calls: { type: PopupType; payload: unknown }[];
  callsOf(type: PopupType): unknown[];
}

const isResponse = (value: unknown): value is Response<unknown> =>
  typeof value === 'object' && value !== null && 'ok' in value && Object.keys(value).length <= 2;

/**
 * A Client answering from `handlers` (a value, or a `{ok: false}` to fail); a type without a handler fails
 * as a background without that handler would.
 */
export function fakeClient(handlers: FakeHandlers): FakeClient {
  const calls: FakeClient['calls'] = [];
  return {
    calls,
    callsOf: (type) => calls.filter((c) => c.type === type).map((c) => c.payload),
    async call<K extends PopupType>(type: K, payload: Req<K>): Promise<Response<Res<K>>> {
      calls.push({ type, payload: structuredClone(payload) });
      const handler = handlers[type] as Handler<K> | undefined;
      if (!handler) return { ok: false, error: `no handler for ${type}` };
      try {
        const value = await handler(payload);
        return isResponse(value) ? (value as Response<Res<K>>) : { ok: true, value: value as Res<K> };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

/** Lets pending promises and effects run (several rounds: loads chain). */
export async function settle(rounds = 8): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** Renders `ui` inside the providers, into a fresh container attached to the document. */
export async function mount(
  ui: ComponentChildren,
  client: Client,
  lang: UiLang = 'en',
): Promise<HTMLElement> {
  document.body.replaceChildren();
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => {
    render(
      <Providers
        client={client}
        lang={lang}
        directory={{ directory: createDirectory(), refresh: () => {} }}
        langChoice={{ choice: lang, setChoice: () => {} }}
      >
        {ui}
      </Providers>,
      container,
    );
  });
  await settle();
  return container;
}

/** Settles until `check` passes (loads that take many turns, such as indexing 5,000 articles). */
export async function waitFor(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('waitFor: timed out');
    await settle(1);
  }
}

/** Text without the isolation marks that wrap names inside translated sentences. */
export const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u2068\u2069]/g, '');

export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(() => {
    (el as HTMLElement).click();
  });
  await settle();
}

/** Types into an input as a user would (value, then an input event). */
export async function typeInto(el: Element | null | undefined, text: string): Promise<void> {
  if (!(el instanceof HTMLInputElement)) throw new Error('not an input');
  await act(() => {
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

export const byTestId = (root: ParentNode, id: string) => root.querySelector(`[data-testid="${id}"]`);
export const allByTestId = (root: ParentNode, id: string) => [
  ...root.querySelectorAll(`[data-testid="${id}"]`),
];

let n = 0;
/** A saved article with defaults; `overrides` win. */
export function article(overrides: Partial<ArticleMeta> = {}): ArticleMeta {
  n++;
  const url = overrides.canonicalUrl ?? `https://news.example/story-${n}`;
  return {
    url,
    canonicalUrl: url,
    title: `Story ${n}`,
    site: 'news.example',
    byline: '',
    published: '2024-05-01',
    lang: 'en',
    summary: ['A company asked for data.'],
    detections: { companies: ['facebook'], actions: ['requested'], dataTypes: ['financial'], sentences: [] },
    extraction: 'readability',
    savedAt: Date.UTC(2024, 4, 2) + n,
    updatedAt: Date.UTC(2024, 4, 2) + n,
    tags: [],
    note: '',
    ...overrides,
  };
}
