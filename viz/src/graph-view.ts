// Owns the Cytoscape instance: adds and removes elements, applies type/jurisdiction/document
// filters as classes, runs layouts, and reports clicks. Everything else talks to the graph
// through this handle, so there is one `cy` and one place that knows its quirks.
import cytoscape from 'cytoscape';
import type { Collection, Core, EdgeSingular, ElementDefinition, EventObject } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { toLayoutOptions } from './to-layout-options.js';
import { toForcePositions } from './to-force-positions.js';
import type { NodeKind } from './node-kinds.js';
import { BULK_THRESHOLD, toStylesheet } from './stylesheet.js';
import type { RenderOptions } from './to-render-options.js';
import { toRenderOptions } from './to-render-options.js';
import type { LayoutName } from './url-state.js';

cytoscape.use(fcose);

export interface GraphFilters {
  hiddenKinds: readonly NodeKind[];
  jurisdiction: string | null;
  documentId: string | null;
}

export interface GraphViewOptions {
  /** Cytoscape's WebGL renderer (3.31+): faster panning and zooming of big graphs. */
  webgl?: boolean;
  onSelect(id: string | null, group: 'nodes' | 'edges' | null): void;
  onExpand(id: string): void;
}

export interface GraphView {
  readonly cy: Core;
  /** Adds what is new; returns the ids of added nodes. */
  add(elements: ElementDefinition[]): string[];
  remove(ids: readonly string[]): void;
  clear(): void;
  /**
   * What the filters leave on screen, decided by class rather than `:visible`: the selector
   * computes every element's style first, which costs seconds on thousands of nodes.
   */
  shown(): Collection;
  /** Every element with position, for undo. */
  snapshot(): ElementDefinition[];
  restore(elements: ElementDefinition[]): void;
  setFilters(filters: GraphFilters): void;
  layout(name: LayoutName, animated?: boolean): Promise<void>;
  select(id: string | null): void;
  markRoots(ids: readonly string[]): void;
  markPath(ids: readonly string[]): void;
  fit(): void;
  zoomBy(factor: number): void;
  png(): Blob;
  destroy(): void;
}

/** The canvas renderer's fields behind its constructor options (cytoscape 3.34). */
interface RendererFields {
  textureOnViewport: boolean;
  hideEdgesOnViewport: boolean;
  forcedPixelRatio: number | null;
  redrawHint(group: 'eles' | 'drag', dirty: boolean): void;
  redraw(): void;
}

// Cytoscape takes renderer options only when it is created; the renderer reads them from these
// fields on every frame, so setting them switches the behaviour for a graph that has grown.
function applyRenderOptions(cy: Core, options: RenderOptions): void {
  const renderer = (cy as unknown as { renderer(): RendererFields | undefined }).renderer();
  if (!renderer || !('textureOnViewport' in renderer)) return;
  renderer.textureOnViewport = options.textureOnViewport;
  renderer.hideEdgesOnViewport = options.hideEdgesOnViewport;
  renderer.forcedPixelRatio = options.pixelRatio;
  renderer.redrawHint('eles', true);
  renderer.redraw();
}

export function createGraphView(container: HTMLElement, options: GraphViewOptions): GraphView {
  const cy = cytoscape({
    container,
    style: toStylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    renderer: { name: 'canvas', webgl: options.webgl ?? false },
  } as cytoscape.CytoscapeOptions);

  let filters: GraphFilters = { hiddenKinds: [], jurisdiction: null, documentId: null };
  let bulk = false;
  let rendering: RenderOptions = toRenderOptions(0);

  // Swap to the bulk stylesheet and the viewport fast paths (and back) as the graph crosses
  // their thresholds.
  function restyle(): void {
    const count = cy.nodes().length;
    const wanted = count > BULK_THRESHOLD;
    if (wanted !== bulk) {
      bulk = wanted;
      cy.style(toStylesheet({ bulk }));
    }
    const next = toRenderOptions(count);
    if (JSON.stringify(next) !== JSON.stringify(rendering)) {
      rendering = next;
      applyRenderOptions(cy, next);
    }
  }
  // Selecting programmatically fires the same events as a click; this keeps it from echoing back.
  let quiet = false;

  cy.on('select', (event: EventObject) => {
    if (!quiet)
      options.onSelect(event.target.id() as string, event.target.isNode() ? 'nodes' : 'edges');
  });
  cy.on('tap', (event: EventObject) => {
    if (event.target === cy && !quiet) options.onSelect(null, null);
  });
  cy.on('dbltap', 'node', (event: EventObject) => options.onExpand(event.target.id() as string));

  // Classes are set collection-wide, once per change: per-element toggles each raise an event,
  // which on thousands of nodes costs more than the filtering itself.
  function applyFilters(): void {
    cy.batch(() => {
      cy.elements('.type-hidden, .filtered-out').removeClass('type-hidden filtered-out');
      const { hiddenKinds, jurisdiction, documentId } = filters;
      if (hiddenKinds.length > 0) {
        const hidden = new Set<string>(hiddenKinds);
        cy.nodes()
          .filter((node) => hidden.has(node.data('kind') as string))
          .addClass('type-hidden');
      }
      if (jurisdiction === null && documentId === null) return;
      // An edge stays when its evidence is from the chosen document (or it has none).
      const outEdges = cy.edges().filter((edge) => {
        const edgeDocument = edge.data('documentId') as string | null;
        return documentId !== null && edgeDocument !== null && edgeDocument !== documentId;
      });
      outEdges.addClass('filtered-out');
      cy.nodes()
        .filter((node) => {
          const nodeJurisdiction = node.data('jurisdiction') as string | null;
          const nodeDocument = node.data('documentId') as string | null;
          if (
            jurisdiction !== null &&
            nodeJurisdiction !== null &&
            nodeJurisdiction !== jurisdiction
          ) {
            return true;
          }
          if (documentId === null) return false;
          if (nodeDocument !== null) return nodeDocument !== documentId;
          // Entities stay when some edge of the chosen document still reaches them.
          const edges = node.connectedEdges();
          return edges.length > 0 && edges.every((edge) => outEdges.contains(edge));
        })
        .addClass('filtered-out');
    });
  }

  const HIDDEN = '.type-hidden, .filtered-out';
  function shown(): Collection {
    const nodes = cy.nodes().not(HIDDEN);
    return nodes.union(nodes.edgesWith(nodes).not(HIDDEN));
  }

  return {
    cy,
    shown,
    add(elements) {
      const fresh = elements.filter(
        (el) => el.data.id === undefined || cy.getElementById(el.data.id).empty(),
      );
      const added = cy.add(fresh);
      restyle();
      applyFilters();
      return added.nodes().map((node) => node.id());
    },
    remove(ids) {
      cy.batch(() => {
        for (const id of ids) cy.getElementById(id).remove();
      });
      restyle();
    },
    clear() {
      cy.elements().remove();
      restyle();
    },
    snapshot() {
      return cy.elements().jsons() as unknown as ElementDefinition[];
    },
    restore(elements) {
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements);
      });
      restyle();
      applyFilters();
    },
    setFilters(next) {
      filters = next;
      applyFilters();
    },
    layout(name, animated = true) {
      const visible = shown();
      const roots = visible.nodes('[kind = "DOCUMENT"]').map((node) => node.id());
      const options = toLayoutOptions(name, visible.nodes().length, roots, animated, () =>
        toForcePositions(visible),
      );
      const layout = visible.layout(options);
      const done = layout.promiseOn('layoutstop');
      layout.run();
      return done.then(() => undefined);
    },
    select(id) {
      quiet = true;
      cy.batch(() => {
        cy.elements(':selected').unselect();
        cy.elements('.dim, .near').removeClass('dim near');
        const element = id === null ? cy.collection() : cy.getElementById(id);
        if (element.nonempty()) {
          element.select();
          const near = element.isNode()
            ? element.closedNeighborhood()
            : (element as EdgeSingular).connectedNodes().union(element);
          cy.elements().not(near).addClass('dim');
          near.nodes().addClass('near');
        }
      });
      quiet = false;
    },
    markRoots(ids) {
      cy.batch(() => {
        cy.nodes('.root').removeClass('root');
        for (const id of ids) cy.getElementById(id).addClass('root');
      });
    },
    markPath(ids) {
      cy.batch(() => {
        cy.elements('.path').removeClass('path');
        for (const id of ids) cy.getElementById(id).addClass('path');
      });
    },
    fit() {
      cy.fit(shown(), 30);
    },
    zoomBy(factor) {
      cy.zoom({
        level: cy.zoom() * factor,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
    },
    png() {
      return cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
    },
    destroy() {
      cy.destroy();
    },
  };
}
