// Right panel: what is selected. For a node: its properties, aliases, documents, workload (for
// an agency), actions (expand, show more, collapse, remove, path ends) and every drawn edge with
// its evidence sentence. For an edge: its ends and evidence.
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import type { NodeDetails } from '../api-types.js';
import { h, replaceChildren } from '../dom.js';
import type { EdgeKind, NodeKind } from '../node-kinds.js';
import { NODE_DETAILS } from '../operations.js';
import { NODE_LOOKS } from '../stylesheet.js';
import type { EdgeData, NodeData } from '../to-elements.js';
import { toEvidenceView } from './evidence-view.js';
import type { PanelDeps, PanelHandle } from './panel-deps.js';

/** More edges than this are summarised rather than listed. */
const MAX_EDGES = 80;
const HIDDEN_PROPERTIES = new Set([
  'text',
  'searchText',
  'contentHash',
  'id',
  'key',
  'start',
  'end',
  'sentence',
  'sentenceStart',
  'documentId',
  'taskId',
  'targetId',
  'nameSimplified',
  // The kind badge already says it.
  'type',
]);

export interface DetailsHandle extends PanelHandle {
  /** Redraws after the graph changed under the selection (a load or an expansion finished). */
  refresh(): void;
}

export function mountDetails(el: HTMLElement, deps: PanelDeps): DetailsHandle {
  const { store, i18n, convert, view, controller, api } = deps;
  const body = h('div', { class: 'details-body', attrs: { 'data-testid': 'details' } });
  const root = h('section', { class: 'panel details' }, h('h2', {}, i18n.t('details.title')), body);
  el.append(root);
  let ticket = 0;

  function button(label: string, onClick: () => void, testId?: string): HTMLButtonElement {
    return h(
      'button',
      {
        class: 'button',
        attrs: { type: 'button', ...(testId ? { 'data-testid': testId } : {}) },
        on: { click: onClick },
      },
      label,
    );
  }

  function kindBadge(kind: NodeKind): HTMLElement {
    return h(
      'span',
      { class: 'kind-badge', attrs: { style: `background:${NODE_LOOKS[kind].colour}` } },
      i18n.nodeKind(kind),
    );
  }

  function toPropertyRows(properties: Record<string, unknown>): HTMLElement | null {
    const rows = Object.entries(properties)
      .filter(
        ([key, value]) =>
          !HIDDEN_PROPERTIES.has(key) &&
          value !== null &&
          value !== '' &&
          value !== false &&
          !(Array.isArray(value) && value.length === 0),
      )
      .map(([key, value]) =>
        h(
          'tr',
          {},
          h('th', {}, i18n.property(key)),
          h(
            'td',
            {},
            value === true ? '✓' : convert(Array.isArray(value) ? value.join('、') : String(value)),
          ),
        ),
      );
    return rows.length > 0 ? h('table', { class: 'properties' }, h('tbody', {}, ...rows)) : null;
  }

  function edgeTitle(data: EdgeData): string {
    const kind = i18n.edgeKind(data.kind as EdgeKind);
    return data.role
      ? `${kind} · ${data.role === 'LEAD' ? i18n.t('ownership.lead') : i18n.t('ownership.support')}`
      : kind;
  }

  function toEdgeItem(edge: EdgeSingular, from: NodeSingular | null): HTMLElement {
    const data = edge.data() as EdgeData;
    const other = from === null ? null : edge.source().same(from) ? edge.target() : edge.source();
    const ends = other
      ? h(
          'button',
          {
            class: 'link-button',
            attrs: { type: 'button' },
            on: { click: () => store.set({ selected: other.id() }) },
          },
          other.data('label') as string,
        )
      : h(
          'span',
          {},
          `${edge.source().data('label') as string} → ${edge.target().data('label') as string}`,
        );
    return h(
      'li',
      { class: 'edge-item', dataset: { kind: data.kind } },
      h('div', { class: 'edge-head' }, h('span', { class: 'edge-kind' }, edgeTitle(data)), ends),
      data.evidence ? toEvidenceView(data.evidence, deps) : null,
    );
  }

  function renderNode(node: NodeSingular): void {
    const data = node.data() as NodeData & { omitted?: number };
    const expansion = store.get().expanded.find((e) => e.id === data.id);
    const actions = h(
      'div',
      { class: 'actions' },
      button(i18n.t('details.expand'), () => void controller.expand(data.id), 'expand'),
      data.omitted
        ? button(
            i18n.t('details.showMore', { count: data.omitted }),
            () => void controller.showMore(data.id),
            'show-more',
          )
        : null,
      expansion
        ? button(i18n.t('details.collapse'), () => void controller.collapse(data.id), 'collapse')
        : null,
      button(i18n.t('details.remove'), () => void controller.remove(data.id), 'remove'),
      button(i18n.t('details.pathFrom'), () => store.set({ pathFrom: data.id })),
      button(i18n.t('details.pathTo'), () => store.set({ pathTo: data.id })),
      data.kind === 'AGENCY' || data.kind === 'DOCUMENT'
        ? button(i18n.t('details.openOwnership'), () =>
            store.set(
              data.kind === 'DOCUMENT'
                ? { view: 'ownership', documentId: data.documentId }
                : { view: 'ownership', jurisdiction: data.jurisdiction },
            ),
          )
        : null,
      data.kind === 'DOCUMENT'
        ? button(i18n.t('view.reader'), () =>
            store.set({ view: 'reader', reading: data.documentId, at: null }),
          )
        : null,
      data.kind === 'TARGET'
        ? button(i18n.t('details.openTargets'), () =>
            store.set({ view: 'targets', metric: String(data.properties['metric'] ?? '') }),
          )
        : null,
    );
    const shownEdges = view.shown().edges();
    const edges = node.connectedEdges().filter((edge) => shownEdges.contains(edge));
    const extra = h('div', { class: 'details-extra' });
    replaceChildren(
      body,
      h(
        'div',
        { class: 'details-head' },
        kindBadge(data.kind),
        h('h3', { attrs: { 'data-testid': 'details-title' } }, data.label),
      ),
      actions,
      extra,
      h('h4', {}, i18n.t('details.properties')),
      toPropertyRows(data.properties),
      h('h4', {}, `${i18n.t('details.relations')} (${edges.length})`),
      h(
        'ul',
        { class: 'edge-list', attrs: { 'data-testid': 'edge-list' } },
        ...edges.slice(0, MAX_EDGES).map((edge) => toEdgeItem(edge as EdgeSingular, node)),
      ),
    );
    void loadExtra(data.id, extra);
  }

  // Aliases, documents and workload are not in the graph payload: one query per selection.
  async function loadExtra(id: string, into: HTMLElement): Promise<void> {
    const mine = ++ticket;
    let details: NodeDetails | null;
    try {
      details = (await api.request(NODE_DETAILS, { id })).node;
    } catch {
      return;
    }
    if (mine !== ticket || !details) return;
    const parts: (HTMLElement | null)[] = [];
    if (details.leadCount !== undefined && details.supportCount !== undefined) {
      parts.push(
        h(
          'p',
          { class: 'workload', attrs: { 'data-testid': 'workload' } },
          i18n.t('details.workload', { lead: details.leadCount, support: details.supportCount }),
        ),
      );
    }
    if (details.aliases && details.aliases.length > 0) {
      parts.push(
        h('h4', {}, i18n.t('details.aliases')),
        h('p', { class: 'aliases' }, convert(details.aliases.join('、'))),
      );
    }
    const documents =
      details.documents ?? (details.document ? [{ ...details.document, date: null }] : []);
    if (documents.length > 0) {
      parts.push(
        h('h4', {}, i18n.t('details.documents')),
        h(
          'ul',
          { class: 'doc-list' },
          ...documents.map((d) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  class: 'link-button',
                  attrs: { type: 'button' },
                  on: {
                    click: () => store.set({ view: 'reader', reading: d.documentId, at: null }),
                  },
                },
                convert(d.title ?? d.documentId),
              ),
              d.date ? h('span', { class: 'muted' }, ` ${d.date}`) : null,
            ),
          ),
        ),
      );
    }
    replaceChildren(into, ...parts);
    // A node picked outside the graph (from the reader) has only this to show.
    if (view.cy.getElementById(id).empty() && details.name) {
      const head = body.querySelector('[data-testid="details-title"]');
      if (head) head.textContent = convert(details.name);
    }
  }

  function renderMissing(id: string): void {
    const extra = h('div', { class: 'details-extra' });
    replaceChildren(
      body,
      h(
        'div',
        { class: 'details-head' },
        h('h3', { attrs: { 'data-testid': 'details-title' } }, '…'),
      ),
      h(
        'div',
        { class: 'actions' },
        button(i18n.t('details.expand'), () => void controller.expand(id), 'expand'),
      ),
      extra,
    );
    void loadExtra(id, extra);
  }

  function render(): void {
    const id = store.get().selected;
    if (id === null) {
      ticket++;
      replaceChildren(body, h('p', { class: 'muted' }, i18n.t('details.empty')));
      return;
    }
    const element = view.cy.getElementById(id);
    if (element.empty()) renderMissing(id);
    else if (element.isNode()) renderNode(element);
    else {
      ticket++;
      const edge = element as EdgeSingular;
      const data = edge.data() as EdgeData;
      replaceChildren(
        body,
        h(
          'div',
          { class: 'details-head' },
          h('h3', { attrs: { 'data-testid': 'details-title' } }, edgeTitle(data)),
        ),
        h('ul', { class: 'edge-list' }, toEdgeItem(edge, null)),
      );
    }
  }

  render();
  const unsubscribe = store.subscribe((next, previous) => {
    if (
      next.selected !== previous.selected ||
      next.expanded !== previous.expanded ||
      next.removed !== previous.removed ||
      next.hiddenKinds !== previous.hiddenKinds ||
      next.documentId !== previous.documentId
    )
      render();
  });
  return {
    refresh: render,
    destroy() {
      ticket++;
      unsubscribe();
      root.remove();
    },
  };
}
