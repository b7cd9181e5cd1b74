// What the user does to the graph — expand, show more, collapse, remove, undo, find a path —
// as API calls plus graph-view changes plus state changes, in one place. Operations run one at
// a time so a fast double-click cannot interleave two expansions.
import type { ApiClient } from './api-client.js';
import type { Subgraph } from './api-types.js';
import type { GraphView } from './graph-view.js';
import { NEIGHBORHOOD, SHORTEST_PATH } from './operations.js';
import type { Store } from './create-store.js';
import { toElements } from './to-elements.js';
import type { ElementDefinition, NodeSingular } from 'cytoscape';
import type { Expansion, ViewState } from './url-state.js';
import { DEFAULT_LIMIT } from './url-state.js';

/** The most neighbours one node may ask for (the API caps `limit` at 500). */
export const MAX_LIMIT = 500;
export const PATH_MAX_DEPTH = 6;

export interface GraphController {
  /** Rebuilds the whole picture from a state (first load, a pasted link, back/forward). */
  load(state: ViewState): Promise<void>;
  expand(id: string): Promise<void>;
  showMore(id: string): Promise<void>;
  collapse(id: string): Promise<void>;
  remove(id: string): Promise<void>;
  undo(): Promise<void>;
  canUndo(): boolean;
  findPath(from: string, to: string): Promise<Subgraph | null>;
  relayout(): Promise<void>;
  /** Relabels nodes for display (simplified/traditional toggle). */
  relabel(convert: (text: string) => string): void;
  /** Resolves when every operation asked for so far has finished (tests and benchmark wait on it). */
  whenIdle(): Promise<void>;
}

interface UndoEntry {
  elements: ElementDefinition[];
  state: Pick<ViewState, 'expanded' | 'removed' | 'selected' | 'pathFrom' | 'pathTo'>;
}

export interface GraphControllerDeps {
  api: ApiClient;
  view: GraphView;
  store: Store;
  /** Called after each change of the drawn graph (counts, toolbar state). */
  onChange(): void;
  onError(error: unknown): void;
}

export function createGraphController({
  api,
  view,
  store,
  onChange,
  onError,
}: GraphControllerDeps): GraphController {
  const undoStack: UndoEntry[] = [];
  let queue: Promise<void> = Promise.resolve();
  let convert: (text: string) => string = (text) => text;

  // Serialise operations; an error is reported and does not block the queue.
  function run(task: () => Promise<void>): Promise<void> {
    queue = queue.then(task).catch(onError).finally(onChange);
    return queue;
  }

  function pushUndo(): void {
    const { expanded, removed, selected, pathFrom, pathTo } = store.get();
    undoStack.push({
      elements: view.snapshot(),
      state: { expanded, removed, selected, pathFrom, pathTo },
    });
    if (undoStack.length > 30) undoStack.shift();
  }

  function presentIds(): Set<string> {
    return new Set(view.cy.nodes().map((node) => node.id()));
  }

  async function fetchNeighborhood({ id, limit }: Expansion): Promise<Subgraph> {
    const data = await api.request(NEIGHBORHOOD, { id, depth: 1, limit });
    return data.neighborhood;
  }

  function addSubgraph(subgraph: Subgraph, removed: readonly string[]): string[] {
    const skip = new Set(removed);
    const elements = toElements(subgraph, presentIds()).filter(
      (el) =>
        !skip.has(el.data.id ?? '') &&
        !skip.has((el.data['source'] as string | undefined) ?? '') &&
        !skip.has((el.data['target'] as string | undefined) ?? ''),
    );
    for (const el of elements)
      if (el.group === 'nodes')
        el.data['label'] = convert((el.data['rawLabel'] = el.data['label'] as string));
    return view.add(elements);
  }

  function setOmitted(id: string, omitted: number): void {
    const node = view.cy.getElementById(id);
    if (node.nonempty()) node.data('omitted', omitted).data('truncated', omitted > 0);
  }

  // New neighbours start on a ring around the node they came from, so the follow-up layout
  // moves them out from there instead of from wherever Cytoscape put them.
  function placeAround(centreId: string, ids: readonly string[]): void {
    const centre = view.cy.getElementById(centreId);
    if (centre.empty() || ids.length === 0) return;
    const { x, y } = centre.position();
    const radius = 60 + ids.length * 3;
    ids.forEach((id, index) => {
      const angle = (2 * Math.PI * index) / ids.length;
      view.cy
        .getElementById(id)
        .position({ x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) });
    });
  }

  async function expandTo(id: string, limit: number): Promise<void> {
    pushUndo();
    const subgraph = await fetchNeighborhood({ id, limit });
    const state = store.get();
    const added = addSubgraph(subgraph, state.removed);
    setOmitted(id, subgraph.omittedCount);
    placeAround(
      id,
      added.filter((nodeId) => nodeId !== id),
    );
    const expanded = [...state.expanded.filter((e) => e.id !== id), { id, limit }];
    store.set({ expanded, selected: id });
    view.markRoots(expanded.map((e) => e.id));
    view.select(id);
    if (added.length > 0) await view.layout(store.get().layout);
  }

  return {
    load(state) {
      return run(async () => {
        undoStack.length = 0;
        view.clear();
        const subgraphs = await Promise.all(state.expanded.map(fetchNeighborhood));
        subgraphs.forEach((subgraph) => addSubgraph(subgraph, state.removed));
        state.expanded.forEach((expansion, index) =>
          setOmitted(expansion.id, subgraphs[index]?.omittedCount ?? 0),
        );
        if (state.pathFrom !== null && state.pathTo !== null) {
          const path = await api.request(SHORTEST_PATH, {
            from: state.pathFrom,
            to: state.pathTo,
            maxDepth: PATH_MAX_DEPTH,
          });
          if (path.shortestPath) {
            addSubgraph(path.shortestPath, []);
            view.markPath([
              ...path.shortestPath.nodes.map((n) => n.id),
              ...path.shortestPath.edges.map((e) => e.id),
            ]);
          }
        }
        view.markRoots(state.expanded.map((e) => e.id));
        await view.layout(state.layout, false);
        view.fit();
        view.select(state.selected);
      });
    },
    expand(id) {
      return run(() =>
        expandTo(id, store.get().expanded.find((e) => e.id === id)?.limit ?? DEFAULT_LIMIT),
      );
    },
    showMore(id) {
      return run(() => {
        const current = store.get().expanded.find((e) => e.id === id)?.limit ?? DEFAULT_LIMIT;
        return expandTo(id, Math.min(MAX_LIMIT, current * 2));
      });
    },
    collapse(id) {
      return run(async () => {
        pushUndo();
        const state = store.get();
        const kept = new Set(state.expanded.filter((e) => e.id !== id).map((e) => e.id));
        // Leaves hanging only from this node go; anything else still tied to the picture stays.
        const node = view.cy.getElementById(id);
        const leaves = node
          .neighborhood()
          .nodes()
          .filter(
            (n) =>
              !kept.has(n.id()) &&
              n
                .neighborhood()
                .nodes()
                .map((m: NodeSingular) => m.id())
                .every((other) => other === id),
          )
          .map((n) => n.id());
        view.remove(leaves);
        const expanded = state.expanded.filter((e) => e.id !== id);
        store.set({ expanded });
        view.markRoots(expanded.map((e) => e.id));
        setOmitted(id, 0);
        await Promise.resolve();
      });
    },
    remove(id) {
      return run(async () => {
        pushUndo();
        const state = store.get();
        view.remove([id]);
        store.set({
          expanded: state.expanded.filter((e) => e.id !== id),
          removed: state.removed.includes(id) ? state.removed : [...state.removed, id],
          selected: state.selected === id ? null : state.selected,
        });
        await Promise.resolve();
      });
    },
    undo() {
      return run(async () => {
        const entry = undoStack.pop();
        if (!entry) return;
        view.restore(entry.elements);
        store.set(entry.state);
        view.markRoots(entry.state.expanded.map((e) => e.id));
        view.select(entry.state.selected);
        await Promise.resolve();
      });
    },
    canUndo: () => undoStack.length > 0,
    async findPath(from, to) {
      let result: Subgraph | null = null;
      await run(async () => {
        const data = await api.request(SHORTEST_PATH, { from, to, maxDepth: PATH_MAX_DEPTH });
        result = data.shortestPath;
        store.set({ pathFrom: from, pathTo: to });
        if (!result) {
          view.markPath([]);
          return;
        }
        pushUndo();
        const added = addSubgraph(result, []);
        view.markPath([...result.nodes.map((n) => n.id), ...result.edges.map((e) => e.id)]);
        if (added.length > 0) await view.layout(store.get().layout);
      });
      return result;
    },
    relayout() {
      return run(async () => {
        await view.layout(store.get().layout);
        view.fit();
      });
    },
    whenIdle: () => queue,
    relabel(next) {
      convert = next;
      view.cy.batch(() => {
        view.cy.nodes().forEach((node) => {
          node.data(
            'label',
            next((node.data('rawLabel') as string | undefined) ?? (node.data('label') as string)),
          );
        });
      });
    },
  };
}
