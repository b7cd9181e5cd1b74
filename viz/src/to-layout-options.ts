// Layout options per layout name. fcose for general graphs (draft quality once graphs are large,
// where the spectral step alone is good and the force refinement costs seconds); breadthfirst
// for the document → section → task hierarchy, tasks in reading order.
import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from './url-state.js';

/** Above this many visible nodes fcose skips its force refinement. */
export const DRAFT_THRESHOLD = 800;

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
  animated = true,
): LayoutOptions {
  const animate = animated && nodeCount < 300;
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        quality: nodeCount > DRAFT_THRESHOLD ? 'draft' : 'default',
        randomize: true,
        animate,
        animationDuration: 400,
        nodeDimensionsIncludeLabels: false,
        // Packing components is a second pass over the whole graph; big graphs skip it.
        packComponents: nodeCount <= DRAFT_THRESHOLD,
        idealEdgeLength: 70,
        nodeRepulsion: 6000,
        // Past a few hundred nodes the last iterations move little but cost much.
        numIter: nodeCount > 200 ? 1000 : 2500,
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
