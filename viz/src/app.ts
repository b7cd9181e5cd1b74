// Composition of the viewer: the page shell, the one graph view, the controller and the panels,
// wired to one store that is mirrored into the URL hash.
import type { ApiClient } from './api-client.js';
import type { DocumentSummary } from './api-types.js';
import { h, replaceChildren } from './dom.js';
import type { GraphController } from './graph-controller.js';
import { createGraphController } from './graph-controller.js';
import type { GraphView } from './graph-view.js';
import { createGraphView } from './graph-view.js';
import { createI18n } from './i18n.js';
import { DOCUMENTS } from './operations.js';
import type { DetailsHandle } from './panels/details-panel.js';
import { mountDetails } from './panels/details-panel.js';
import { mountFilters } from './panels/filters-panel.js';
import { mountHeader } from './panels/header-panel.js';
import { mountOwnership } from './panels/ownership-panel.js';
import type { PanelDeps, PanelHandle } from './panels/panel-deps.js';
import { mountPath } from './panels/path-panel.js';
import { mountReader } from './panels/reader-panel.js';
import { mountTargets } from './panels/targets-panel.js';
import type { ToolbarHandle } from './panels/toolbar.js';
import { mountToolbar } from './panels/toolbar.js';
import { createScriptConverter } from './script-converter.js';
import type { Store } from './create-store.js';
import { createStore } from './create-store.js';
import type { ViewName, ViewState } from './url-state.js';
import { DEFAULT_LIMIT, VIEWS, decodeState, encodeState } from './url-state.js';

/** How many documents the opening picture starts from when the link names nothing. */
const OPENING_DOCUMENTS = 5;

export interface AppOptions {
  api: ApiClient;
  /** The page location to read and write state in (window.location in the browser). */
  hash: { get(): string; set(hash: string): void; onChange(listener: () => void): void };
  webgl: boolean;
}

export interface App {
  readonly cy: GraphView['cy'];
  readonly view: GraphView;
  readonly store: Store;
  readonly controller: GraphController;
  /** Resolves once the first graph is laid out and interactive. */
  readonly ready: Promise<void>;
}

export function startApp(root: HTMLElement, options: AppOptions): App {
  const { api } = options;
  const store = createStore(decodeState(options.hash.get()));

  const header = h('header', { class: 'app-header' });
  const left = h('aside', { class: 'left' });
  const right = h('aside', { class: 'right' });
  const cyBox = h('div', { class: 'cy', attrs: { 'data-testid': 'cy' } });
  const toolbarSlot = h('div', { class: 'toolbar-slot' });
  const emptyHint = h('div', { class: 'graph-hint' });
  const banner = h('div', { class: 'banner', attrs: { role: 'alert' } });
  banner.hidden = true;
  const panes: Record<ViewName, HTMLElement> = {
    graph: h('section', { class: 'pane pane-graph' }, toolbarSlot, cyBox, emptyHint),
    ownership: h('section', { class: 'pane pane-ownership' }),
    reader: h('section', { class: 'pane pane-reader' }),
    targets: h('section', { class: 'pane pane-targets' }),
  };
  const layout = h(
    'main',
    { class: 'layout' },
    left,
    h('div', { class: 'centre' }, banner, ...Object.values(panes)),
    right,
  );
  replaceChildren(root, header, layout);

  function showError(error: unknown): void {
    banner.textContent = createI18n(store.get().language).t('app.error', {
      message: error instanceof Error ? error.message : String(error),
    });
    banner.hidden = false;
    setTimeout(() => (banner.hidden = true), 6000);
  }

  let toolbar: ToolbarHandle | null = null;
  let details: DetailsHandle | null = null;
  const view = createGraphView(cyBox, {
    webgl: options.webgl,
    onSelect: (id) => store.set({ selected: id }),
    onExpand: (id) => void controller.expand(id),
  });
  const controller = createGraphController({
    api,
    view,
    store,
    onChange: () => {
      toolbar?.refresh();
      details?.refresh();
      renderHint();
    },
    onError: showError,
  });
  function renderHint(): void {
    const i18n = createI18n(store.get().language);
    emptyHint.textContent = i18n.t(view.cy.nodes().length === 0 ? 'graph.empty' : 'graph.hint');
  }

  const converter = createScriptConverter(() => {
    controller.relabel(converter.convert);
    remount();
  });

  let documents: DocumentSummary[] = [];
  let panels: PanelHandle[] = [];
  const centre = new Map<ViewName, PanelHandle>();
  const centreMounts = {
    ownership: mountOwnership,
    reader: mountReader,
    targets: mountTargets,
  } as const;

  function deps(): PanelDeps {
    return {
      api,
      store,
      i18n: createI18n(store.get().language),
      convert: converter.convert,
      view,
      controller,
      documents,
    };
  }

  // Centre views other than the graph are mounted the first time they are shown.
  function showView(name: ViewName): void {
    for (const v of VIEWS) panes[v].hidden = v !== name;
    layout.dataset['view'] = name;
    if (name !== 'graph' && !centre.has(name))
      centre.set(name, centreMounts[name](panes[name], deps()));
    if (name === 'graph') view.cy.resize();
  }

  function remount(): void {
    for (const panel of [...panels, ...centre.values()]) panel.destroy();
    centre.clear();
    const d = deps();
    document.documentElement.lang = d.i18n.language === 'zh' ? 'zh-CN' : 'en';
    document.title = d.i18n.t('app.title');
    toolbar = mountToolbar(toolbarSlot, d);
    details = mountDetails(right, d);
    panels = [mountHeader(header, d), mountFilters(left, d), mountPath(left, d), toolbar, details];
    renderHint();
    showView(store.get().view);
  }

  function applyFilters(state: ViewState): void {
    view.setFilters({
      hiddenKinds: state.hiddenKinds,
      jurisdiction: state.jurisdiction,
      documentId: state.documentId,
    });
  }

  let written = options.hash.get().replace(/^#/, '');
  store.subscribe((next, previous) => {
    written = encodeState(next);
    options.hash.set(written);
    if (next.view !== previous.view) showView(next.view);
    if (
      next.hiddenKinds !== previous.hiddenKinds ||
      next.jurisdiction !== previous.jurisdiction ||
      next.documentId !== previous.documentId
    ) {
      applyFilters(next);
      toolbar?.refresh();
    }
    if (next.selected !== previous.selected) view.select(next.selected);
    if (next.language !== previous.language) remount();
    if (next.script !== previous.script) void converter.setScript(next.script).catch(showError);
  });
  // Keyboard: Ctrl/Cmd+Z undoes, Delete removes the selected node — not while typing.
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, select, textarea') || store.get().view !== 'graph') return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      void controller.undo();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      const selected = store.get().selected;
      if (selected !== null && view.cy.getElementById(selected).isNode())
        void controller.remove(selected);
    }
  });

  // A pasted link or back/forward: take the whole state from the URL and redraw.
  options.hash.onChange(() => {
    const hash = options.hash.get().replace(/^#/, '');
    if (hash === written) return;
    const state = decodeState(hash);
    store.set(state);
    void controller.load(state);
  });

  const ready = (async () => {
    const initial = store.get();
    // A link that names its picture starts drawing at once; only the opening picture waits for
    // the document list to know what to show.
    const named =
      initial.expanded.length > 0 || initial.pathFrom !== null || initial.removed.length > 0;
    const drawn = named ? controller.load(initial) : null;
    try {
      documents = (await api.request(DOCUMENTS, { first: 100 })).documents.edges.map((e) => e.node);
    } catch (error) {
      showError(error);
    }
    // The opening picture's requests go out before the panels are built, which then happens
    // while they are on the wire.
    if (!named) {
      store.set({
        expanded: documents
          .slice(0, OPENING_DOCUMENTS)
          .map((d) => ({ id: d.id, limit: DEFAULT_LIMIT })),
      });
    }
    const opening = drawn ?? controller.load(store.get());
    // The controller starts queued work on the next microtask; let it send its fetches first.
    await Promise.resolve();
    remount();
    applyFilters(store.get());
    if (store.get().script !== 'original') {
      void converter.setScript(store.get().script).catch(showError);
    }
    await opening;
    applyFilters(store.get());
  })();

  return { cy: view.cy, view, store, controller, ready };
}
