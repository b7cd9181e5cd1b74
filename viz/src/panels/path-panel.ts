// Left panel: pick two entities and draw the shortest connection between them, listing each
// hop with the sentence that states it.
import type { Subgraph } from '../api-types.js';
import { h, replaceChildren } from '../dom.js';
import type { EdgeKind } from '../node-kinds.js';
import { PATH_MAX_DEPTH } from '../graph-controller.js';
import { SHORTEST_PATH } from '../operations.js';
import { toEdgeData } from '../to-elements.js';
import { mountEntityPicker } from './entity-picker.js';
import { toEvidenceView } from './evidence-view.js';
import type { PanelDeps, PanelHandle } from './panel-deps.js';

export function mountPath(el: HTMLElement, deps: PanelDeps): PanelHandle {
  const { store, i18n, controller, convert, view } = deps;
  const fromBox = h('div', { class: 'path-end' });
  const toBox = h('div', { class: 'path-end' });
  const fromName = h('span', { class: 'path-picked', attrs: { 'data-testid': 'path-from' } });
  const toName = h('span', { class: 'path-picked', attrs: { 'data-testid': 'path-to' } });
  const result = h('div', { class: 'path-result', attrs: { 'data-testid': 'path-result' } });
  const find = h(
    'button',
    { class: 'button primary', attrs: { type: 'button', 'data-testid': 'path-find' } },
    i18n.t('path.find'),
  );
  const root = h(
    'section',
    { class: 'panel path' },
    h('h2', {}, i18n.t('path.title')),
    h('label', { class: 'field' }, h('span', {}, i18n.t('path.from')), fromBox, fromName),
    h('label', { class: 'field' }, h('span', {}, i18n.t('path.to')), toBox, toName),
    find,
    result,
  );
  el.append(root);

  const pickers = [
    mountEntityPicker(fromBox, {
      ...deps,
      placeholder: i18n.t('path.pick'),
      keepPicked: true,
      testId: 'path-from-input',
      onPick: (hit) => store.set({ pathFrom: hit.entity.id }),
    }),
    mountEntityPicker(toBox, {
      ...deps,
      placeholder: i18n.t('path.pick'),
      keepPicked: true,
      testId: 'path-to-input',
      onPick: (hit) => store.set({ pathTo: hit.entity.id }),
    }),
  ];

  function nameOf(id: string | null): string {
    if (id === null) return '';
    const node = view.cy.getElementById(id);
    return node.nonempty() ? (node.data('label') as string) : '';
  }

  function renderEnds(): void {
    const { pathFrom, pathTo } = store.get();
    fromName.textContent = nameOf(pathFrom);
    toName.textContent = nameOf(pathTo);
    find.disabled = pathFrom === null || pathTo === null;
  }

  function renderPath(path: Subgraph | null): void {
    if (!path) {
      replaceChildren(
        result,
        h('p', { class: 'muted' }, i18n.t('path.none', { depth: PATH_MAX_DEPTH })),
      );
      return;
    }
    const labels = new Map(path.nodes.map((n) => [n.id, convert(n.label)]));
    replaceChildren(
      result,
      h('p', { class: 'muted' }, i18n.t('path.hops', { count: path.edges.length })),
      h(
        'ol',
        { class: 'hops' },
        ...path.edges.map((edge) => {
          const data = toEdgeData(edge);
          return h(
            'li',
            { class: 'hop' },
            h(
              'div',
              { class: 'edge-head' },
              `${labels.get(edge.source) ?? ''} —${i18n.edgeKind(data.kind as EdgeKind)}→ ${labels.get(edge.target) ?? ''}`,
            ),
            edge.evidence ? toEvidenceView(edge.evidence, deps) : null,
          );
        }),
      ),
    );
  }

  find.addEventListener('click', () => {
    const { pathFrom, pathTo } = store.get();
    if (pathFrom === null || pathTo === null) return;
    void controller.findPath(pathFrom, pathTo).then(renderPath);
  });

  renderEnds();
  // A shared link with both ends: the graph controller draws the path; this lists its hops.
  const initial = store.get();
  if (initial.pathFrom !== null && initial.pathTo !== null) {
    deps.api
      .request(SHORTEST_PATH, {
        from: initial.pathFrom,
        to: initial.pathTo,
        maxDepth: PATH_MAX_DEPTH,
      })
      .then((data) => renderPath(data.shortestPath))
      .catch(() => undefined);
  }
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.pathFrom !== previous.pathFrom || next.pathTo !== previous.pathTo) renderEnds();
  });
  return {
    destroy() {
      unsubscribe();
      for (const picker of pickers) picker.destroy();
      root.remove();
    },
  };
}
