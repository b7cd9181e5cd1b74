// The force-directed layout for big graphs: a radial-tree start (to-seed-positions.ts) tidied by a
// bounded number of grid force rounds (relax-positions.ts). fcose is kept for smaller graphs,
// where it is quick and packs components and node sizes better.
import type { Collection, Position } from 'cytoscape';
import { relaxPositions } from './relax-positions.js';
import { toSeedPositions } from './to-seed-positions.js';
import type { LayoutName } from './url-state.js';

/** Above this many visible nodes "force-directed" means this layout rather than fcose. */
export const FAST_FORCE_THRESHOLD = 400;
/** Distance an edge settles at: fcose's idealEdgeLength, so both layouts look alike. */
export const FORCE_SPACING = 70;

/** Whether a layout of `nodeCount` visible nodes under `name` is this one. */
export function usesFastForce(name: LayoutName, nodeCount: number): boolean {
  return name === 'fcose' && nodeCount > FAST_FORCE_THRESHOLD;
}

/**
 * Force rounds for a graph of `nodeCount` nodes: 80 settle a 2,000-node graph; past that a
 * round costs more and the picture is seen from further away, so fewer rounds do.
 */
export function toForceRounds(nodeCount: number): number {
  return Math.max(40, Math.min(80, Math.round(160_000 / Math.max(1, nodeCount))));
}

/** New positions of the collection's nodes, keyed by id; edges leaving the collection are ignored. */
export function toForcePositions(elements: Collection): Map<string, Position> {
  const nodes = elements.nodes();
  const index = new Map<string, number>();
  nodes.forEach((node, i) => {
    index.set(node.id(), i);
  });
  const edges: (readonly [number, number])[] = [];
  elements.edges().forEach((edge) => {
    const source = index.get(edge.data('source') as string);
    const target = index.get(edge.data('target') as string);
    if (source !== undefined && target !== undefined) edges.push([source, target]);
  });
  const graph = { nodeCount: nodes.length, edges };
  const positions = toSeedPositions(graph, FORCE_SPACING);
  relaxPositions(graph, positions, {
    spacing: FORCE_SPACING,
    rounds: toForceRounds(nodes.length),
  });
  const byId = new Map<string, Position>();
  nodes.forEach((node, i) => {
    byId.set(node.id(), { x: positions[2 * i] ?? 0, y: positions[2 * i + 1] ?? 0 });
  });
  return byId;
}
