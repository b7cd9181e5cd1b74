// The graph's toolbar: fit, zoom, layout choice, undo, PNG export, copy link, and the count of
// what is drawn.
import { h } from '../dom.js';
import type { MessageKey } from '../i18n.js';
import type { LayoutName } from '../url-state.js';
import { LAYOUTS } from '../url-state.js';
import type { PanelDeps, PanelHandle } from './panel-deps.js';

export interface ToolbarHandle extends PanelHandle {
  /** Updates counts and the undo button after the graph changed. */
  refresh(): void;
}

export function mountToolbar(el: HTMLElement, deps: PanelDeps): ToolbarHandle {
  const { store, i18n, view, controller } = deps;
  const tool = (
    key: MessageKey,
    text: string,
    onClick: () => void,
    testId: string,
  ): HTMLButtonElement =>
    h(
      'button',
      {
        class: 'tool',
        title: i18n.t(key),
        attrs: { type: 'button', 'aria-label': i18n.t(key), 'data-testid': testId },
        on: { click: onClick },
      },
      text,
    );

  const layoutSelect = h(
    'select',
    { class: 'tool-select', title: i18n.t('toolbar.layout'), attrs: { 'data-testid': 'layout' } },
    ...LAYOUTS.map((name) => h('option', { attrs: { value: name } }, i18n.t(`layout.${name}`))),
  );
  layoutSelect.value = store.get().layout;
  layoutSelect.addEventListener('change', () => {
    store.set({ layout: layoutSelect.value as LayoutName });
    void controller.relayout();
  });

  const undo = tool(
    'toolbar.undo',
    `↶ ${i18n.t('toolbar.undo')}`,
    () => void controller.undo(),
    'undo',
  );
  const count = h('span', { class: 'count', attrs: { 'data-testid': 'graph-count' } });
  const status = h('span', { class: 'toast', attrs: { role: 'status' } });

  function downloadPng(): void {
    const url = URL.createObjectURL(view.png());
    const link = h('a', { attrs: { href: url, download: 'innograph.png' } });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function copyLink(): void {
    void navigator.clipboard?.writeText(location.href).then(() => {
      status.textContent = i18n.t('toolbar.copied');
      setTimeout(() => (status.textContent = ''), 1500);
    });
  }

  const root = h(
    'div',
    { class: 'toolbar' },
    tool('toolbar.fit', '⤢', () => view.fit(), 'fit'),
    tool('toolbar.zoomIn', '+', () => view.zoomBy(1.25), 'zoom-in'),
    tool('toolbar.zoomOut', '−', () => view.zoomBy(0.8), 'zoom-out'),
    layoutSelect,
    undo,
    tool('toolbar.png', `⤓ PNG`, downloadPng, 'png'),
    tool('toolbar.share', i18n.t('toolbar.share'), copyLink, 'share'),
    status,
    count,
  );
  el.append(root);

  function refresh(): void {
    const shown = view.shown();
    const nodes = shown.nodes().length;
    const edges = shown.edges().length;
    count.textContent = i18n.t('graph.count', { nodes, edges });
    undo.disabled = !controller.canUndo();
  }
  refresh();
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.layout !== previous.layout) layoutSelect.value = next.layout;
    if (
      next.hiddenKinds !== previous.hiddenKinds ||
      next.jurisdiction !== previous.jurisdiction ||
      next.documentId !== previous.documentId
    )
      refresh();
  });
  return {
    refresh,
    destroy() {
      unsubscribe();
      root.remove();
    },
  };
}
