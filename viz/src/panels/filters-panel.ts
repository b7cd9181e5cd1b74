// Left panel: jurisdiction and document filters (shared by the graph, ownership and targets
// views) and the legend, whose rows toggle node kinds on and off.
import { h } from '../dom.js';
import type { NodeKind } from '../node-kinds.js';
import { toLegend } from '../stylesheet.js';
import type { PanelDeps, PanelHandle } from './panel-deps.js';

export function mountFilters(el: HTMLElement, deps: PanelDeps): PanelHandle {
  const { store, i18n, convert, documents } = deps;
  const state = store.get();

  const jurisdictions = [
    ...new Set(documents.map((d) => d.jurisdiction).filter((j): j is string => j !== null)),
  ].sort();
  const jurisdictionSelect = h(
    'select',
    { attrs: { 'data-testid': 'filter-jurisdiction' } },
    h('option', { attrs: { value: '' } }, i18n.t('filters.all')),
    ...jurisdictions.map((j) => h('option', { attrs: { value: j } }, convert(j))),
  );
  jurisdictionSelect.value = state.jurisdiction ?? '';

  const documentSelect = h('select', { attrs: { 'data-testid': 'filter-document' } });
  function fillDocuments(jurisdiction: string | null): void {
    documentSelect.replaceChildren(
      h('option', { attrs: { value: '' } }, i18n.t('filters.all')),
      ...documents
        .filter((d) => jurisdiction === null || d.jurisdiction === jurisdiction)
        .map((d) =>
          h(
            'option',
            { attrs: { value: d.documentId }, title: convert(d.title ?? d.documentId) },
            convert(d.title ?? d.documentId),
          ),
        ),
    );
    documentSelect.value = store.get().documentId ?? '';
  }
  fillDocuments(state.jurisdiction);

  jurisdictionSelect.addEventListener('change', () => {
    const jurisdiction = jurisdictionSelect.value || null;
    const current = documents.find((d) => d.documentId === store.get().documentId);
    // A document of another jurisdiction cannot stay chosen.
    const keepDocument =
      current && (jurisdiction === null || current.jurisdiction === jurisdiction);
    store.set({ jurisdiction, documentId: keepDocument ? current.documentId : null });
    fillDocuments(jurisdiction);
  });
  documentSelect.addEventListener('change', () =>
    store.set({ documentId: documentSelect.value || null }),
  );

  const legendRows = toLegend().map((entry) => {
    const row = h(
      'button',
      {
        class: 'legend-row',
        attrs: { type: 'button', 'aria-pressed': 'true' },
        dataset: { kind: entry.kind },
      },
      h('span', {
        class: `legend-mark shape-${entry.shape}`,
        attrs: { style: `background:${entry.colour}` },
      }),
      h('span', {}, i18n.nodeKind(entry.kind)),
    );
    row.addEventListener('click', () => {
      const hidden = new Set<NodeKind>(store.get().hiddenKinds);
      if (hidden.has(entry.kind)) hidden.delete(entry.kind);
      else hidden.add(entry.kind);
      store.set({ hiddenKinds: [...hidden] });
    });
    return row;
  });

  function renderLegend(): void {
    const hidden = new Set(store.get().hiddenKinds);
    for (const row of legendRows) {
      const off = hidden.has(row.dataset['kind'] as NodeKind);
      row.classList.toggle('off', off);
      row.setAttribute('aria-pressed', String(!off));
    }
  }
  renderLegend();

  const root = h(
    'section',
    { class: 'panel filters' },
    h('h2', {}, i18n.t('filters.title')),
    h(
      'label',
      { class: 'field' },
      h('span', {}, i18n.t('filters.jurisdiction')),
      jurisdictionSelect,
    ),
    h('label', { class: 'field' }, h('span', {}, i18n.t('filters.document')), documentSelect),
    h('h2', {}, i18n.t('legend.title')),
    h('div', { class: 'legend' }, ...legendRows),
  );
  el.append(root);
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.hiddenKinds !== previous.hiddenKinds) renderLegend();
    if (next.jurisdiction !== previous.jurisdiction) {
      jurisdictionSelect.value = next.jurisdiction ?? '';
      fillDocuments(next.jurisdiction);
    }
    if (next.documentId !== previous.documentId) documentSelect.value = next.documentId ?? '';
  });
  return {
    destroy() {
      unsubscribe();
      root.remove();
    },
  };
}
