// Layout options per layout name. Force-directed is fcose up to FCOSE_MAX_NODES nodes; bigger
// graphs get to-force-positions.ts, applied as a preset, because fcose's force step runs at
// least five rounds per node (20 s at 2,000 nodes here) and its spectral-only draft piles a
// document's tasks on one spot. Breadthfirst for the document → section → task hierarchy, tasks
// in reading order.
import type { LayoutOptions, NodeSingular, Position } from 'cytoscape';
import type { LayoutName } from './url-state.js';

/** Above this many nodes force-directed is the viewer's own layout instead of fcose. */
export const FCOSE_MAX_NODES = 400;

function orderOf(node: NodeSingular): number {
  const properties = node.data('properties') as Record<string, unknown> | undefined;
  const start = properties?.['start'];
  return typeof start === 'number' ? start : Number.MAX_SAFE_INTEGER;
}

/**
 * `animated` asks for a transition (after an expansion, so the eye can follow); a first load
 * or a big graph is placed at once.
 */
export function toLayoutOptions(
  name: LayoutName,
  nodeCount: number,
  roots: string[],
  animated: boolean,
  /** Positions for a big force-directed graph, computed only when that layout is asked for. */
  force: () => ReadonlyMap<string, Position>,
): LayoutOptions {
  const animate = animated && nodeCount < 300;
  switch (name) {
    case 'fcose':
      if (nodeCount > FCOSE_MAX_NODES) return toPresetOptions(force(), animate);
      return {
        name: 'fcose',
        quality: 'default',
        randomize: true,
        animate,
        animationDuration: 400,
        nodeDimensionsIncludeLabels: false,
        packComponents: true,
        idealEdgeLength: 70,
        nodeRepulsion: 6000,
        // The last iterations move little but cost much (fcose still runs at least 5 per node).
        numIter: 1000,
      } as LayoutOptions;
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        directed: true,
        roots: roots.length > 0 ? roots : undefined,
        spacingFactor: 0.9,
        animate,
        // Siblings in reading order, which keeps each section's tasks together and in sequence.
        depthSort: (a: NodeSingular, b: NodeSingular) => orderOf(a) - orderOf(b),
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        concentric: (node: NodeSingular) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 12,
        animate,
      } as LayoutOptions;
    case 'grid':
      return { name: 'grid', avoidOverlap: true, animate } as LayoutOptions;
  }
}

/** Places nodes where a layout computed outside Cytoscape put them, then fits them in view. */
export function toPresetOptions(
  positions: ReadonlyMap<string, Position>,
  animate: boolean,
): LayoutOptions {
  return {
    name: 'preset',
    positions: (node: NodeSingular) => positions.get(node.id()) ?? node.position(),
    fit: true,
    padding: 30,
    animate,
    animationDuration: 400,
  } as LayoutOptions;
}
