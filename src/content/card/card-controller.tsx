/**
 * Opens, places and closes the hover card: on pointer hover (hit-tested once per animation frame) and on the
 * keyboard commands (next / previous mention). Escape closes; the card's buttons are reachable with Tab; an
 * aria-live region announces the mention.
 */
import { render } from 'preact';
import type { Annotation } from '../annotator';
import type { CompanyLabel } from '../../core';
import type { RelatedItem, Response } from '../../shared/messages';
import { translate, uiLangOf, type UiLang } from './strings';
import type { Highlighter } from '../highlighter';
import { hitTest, rectsOf } from '../hit-test';
import { Card, type CardModel } from './Card';
import { CARD_CSS } from './card.css';
import { describeMention } from './describe';
import { createUiHost } from './ui-host';

const OPEN_DELAY_MS = 180;
const CLOSE_DELAY_MS = 350;
const CARD_WIDTH = 380;

export interface CardDeps {
  candidatesOf(node: Text): readonly Annotation[];
  shadowRoots(): ShadowRoot[];
  inOrder(): Annotation[];
  company(id: string): CompanyLabel | undefined;
  highlighter: Highlighter;
  related(a: Annotation): Promise<Response<RelatedItem[]>>;
  save(): Promise<Response<unknown>>;
  mute(a: Annotation): Promise<Response<unknown>>;
  notData(a: Annotation): Promise<Response<unknown>>;
  signal: AbortSignal;
}

/**
 * Brings a mention to the middle of the viewport. Scrolls by the mention's own rectangle, not its parent's
 * `scrollIntoView`: a parent can be a block of megabytes of text, whose middle is far from the mention.
 */
function scrollToRange(range: AbstractRange): void {
  const rect = rectsOf(range)[0];
  if (rect) window.scrollBy({ top: rect.top - window.innerHeight / 2, left: 0, behavior: 'instant' });
}

export function createCardController(deps: CardDeps) {
  const host = createUiHost(CARD_CSS);
  let root: HTMLDivElement | undefined;
  let live: HTMLDivElement | undefined;
  let open: { a: Annotation; model: CardModel } | undefined;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let frame: number | undefined;
  let lastPoint: { x: number; y: number } | undefined;

  function ensureRoot(): HTMLDivElement {
    const shadow = host.mount();
    if (!root) {
      root = document.createElement('div');
      live = document.createElement('div');
      live.className = 'sr';
      live.setAttribute('aria-live', 'polite');
      shadow.append(root, live);
      root.addEventListener('pointerenter', () => window.clearTimeout(closeTimer));
      root.addEventListener('pointerleave', () => scheduleClose());
      root.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') close(true);
      });
    }
    return root;
  }

  /** A company's name as the card's language writes it (the first Arabic spelling, in Arabic). */
  function nameOf(id: string | null | undefined, lang: UiLang): string | undefined {
    if (!id) return undefined;
    const record = deps.company(id);
    if (!record) return id;
    return (lang === 'ar' ? record.nameAr : null) ?? record.name;
  }

  function place(a: Annotation, lang: UiLang): { left: number; top: number } {
    const rect = rectsOf(a.range)[0];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const width = Math.min(CARD_WIDTH, vw - 16);
    if (!rect) return { left: 8, top: 8 };
    let left = lang === 'ar' ? rect.right - width : rect.left;
    left = Math.max(8, Math.min(left, vw - width - 8));
    const below = rect.bottom + 6;
    const top = below + 200 < vh ? below : Math.max(8, rect.top - 6 - Math.min(440, vh - 16));
    return { left, top };
  }

  function paint() {
    if (!open) return;
    const current = open;
    render(
      <Card
        model={current.model}
        actions={{
          onClose: () => close(true),
          onSave: () => void act(current.a, () => deps.save(), { saved: true }),
          onMute: () => void act(current.a, () => deps.mute(current.a), undefined, true),
          onNotData: () => void act(current.a, () => deps.notData(current.a), undefined, true),
        }}
      />,
      ensureRoot(),
    );
  }

  async function act(
    a: Annotation,
    run: () => Promise<Response<unknown>>,
    onOk?: Partial<CardModel>,
    closeAfter = false,
  ) {
    const reply = await run();
    if (!open || open.a !== a) return;
    if (reply.ok && closeAfter) return close(true);
    open.model = reply.ok
      ? { ...open.model, ...onOk, status: undefined }
      : { ...open.model, status: translate(open.model.lang, 'cardError', reply.error) };
    paint();
  }

  function show(a: Annotation, viaKeyboard: boolean) {
    window.clearTimeout(closeTimer);
    if (open?.a === a) return;
    const lang = uiLangOf(a.lang);
    const company = deps.company(a.mention.companyId);
    const companyName = nameOf(company?.id, lang) ?? a.mention.alias;
    const what = describeMention(lang, a.mention, companyName);
    open = {
      a,
      model: {
        lang,
        companyName,
        parentName: nameOf(company?.parent, lang),
        what,
        isData: a.mention.kind === 'data',
        sentence: a.sentence,
        evidence: a.mention.evidence,
        related: 'loading',
        saved: false,
        status: undefined,
        position: place(a, lang),
      },
    };
    deps.highlighter.focus(a.range);
    paint();
    if (live) live.textContent = translate(lang, 'announceMention', companyName, what);
    if (viaKeyboard) root?.querySelector<HTMLElement>('.close')?.focus();
    loadRelated(a);
  }

  /** Fetches the related reporting of the card open on `a`; the card shows what it had meanwhile. */
  function loadRelated(a: Annotation) {
    void deps.related(a).then((reply) => {
      if (!open || open.a !== a) return;
      open.model = { ...open.model, related: reply.ok ? reply.value : { error: reply.error } };
      paint();
    });
  }

  function close(restoreFocus: boolean) {
    window.clearTimeout(openTimer);
    window.clearTimeout(closeTimer);
    if (!open) return;
    open = undefined;
    deps.highlighter.focus(null);
    if (root) render(null, root);
    host.unmount();
    if (restoreFocus) document.body?.focus?.();
  }

  function scheduleClose() {
    window.clearTimeout(closeTimer);
    closeTimer = window.setTimeout(() => close(false), CLOSE_DELAY_MS);
  }

  function onPointerMove(event: PointerEvent) {
    if (host.contains(event.composedPath()[0] ?? null)) return;
    lastPoint = { x: event.clientX, y: event.clientY };
    if (frame !== undefined) return;
    frame = requestAnimationFrame(() => {
      frame = undefined;
      if (!lastPoint) return;
      deps.highlighter.ensureRegistered();
      const hit = hitTest(deps.candidatesOf, lastPoint.x, lastPoint.y, deps.shadowRoots());
      window.clearTimeout(openTimer);
      if (hit) {
        window.clearTimeout(closeTimer);
        if (open?.a !== hit) openTimer = window.setTimeout(() => show(hit, false), OPEN_DELAY_MS);
      } else if (open) {
        scheduleClose();
      }
    });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) close(true);
  }

  document.addEventListener('pointermove', onPointerMove, {
    capture: true,
    passive: true,
    signal: deps.signal,
  });
  document.addEventListener('keydown', onKeyDown, { capture: true, signal: deps.signal });
  deps.signal.addEventListener('abort', () => {
    close(false);
    if (frame !== undefined) cancelAnimationFrame(frame);
    host.destroy();
  });

  return {
    /** Moves to the next (+1) or previous (-1) highlighted mention: scrolls to it, focuses it, opens its card. */
    step(direction: 1 | -1) {
      const list = deps.inOrder();
      if (list.length === 0) return;
      const index = open ? list.indexOf(open.a) : -1;
      const next = list[(index + direction + list.length) % list.length] ?? list[0]!;
      scrollToRange(next.range);
      close(false);
      show(next, true);
    },
    /** Opens the card on a given mention (the popup's "show me" button). */
    openOn(a: Annotation) {
      scrollToRange(a.range);
      close(false);
      show(a, true);
    },
    close: () => close(false),
    isOpen: () => open !== undefined,
    /** Reloads the open card's related reporting: an article was just saved, here or in another tab. */
    refreshRelated() {
      if (open) loadRelated(open.a);
    },
  };
}
export type CardController = ReturnType<typeof createCardController>;
