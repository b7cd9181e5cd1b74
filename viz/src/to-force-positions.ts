// The viewer's force-directed layout: a radial-tree start (to-seed-positions.ts) tidied by a
// bounded number of grid force rounds (relax-positions.ts), components then packed side by side.
// Linear in the graph's size per round, so 2,000 nodes take a few hundred ms where fcose took 20 s.
import type { Collection, Position } from 'cytoscape';
import { packComponents } from './pack-components.js';
import { relaxPositions } from './relax-positions.js';
import { toSeedPositions } from './to-seed-positions.js';

/** Distance an edge settles at (fcose's idealEdgeLength before, so pictures look as they did). */
export const FORCE_SPACING = 70;

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
  packComponents(graph, positions, 1.5 * FORCE_SPACING);
  const byId = new Map<string, Position>();
  nodes.forEach((node, i) => {
    byId.set(node.id(), { x: positions[2 * i] ?? 0, y: positions[2 * i + 1] ?? 0 });
  });
  return byId;
}
