// How Cytoscape's canvas draws while the user pans and zooms, by graph size. Small graphs are
// redrawn in full every frame; big ones are dragged and zoomed as one picture (a texture of the
// nodes, edges left out for the moment), which is redrawn in full once the gesture stops.
// Options are applied to the live renderer (graph-view.ts) as the graph crosses the threshold.

/** Above this many nodes the viewport fast paths below are on. */
export const VIEWPORT_THRESHOLD = 1000;

export interface RenderOptions {
  /** During pan/zoom, move a snapshot of the graph instead of redrawing it. */
  textureOnViewport: boolean;
  /** During pan/zoom, leave edges out (of the snapshot too, so taking it is quicker). */
  hideEdgesOnViewport: boolean;
  /** Device pixels per CSS pixel; null follows the screen. 1 on a HiDPI screen is 4× fewer pixels. */
  pixelRatio: number | null;
}

export function toRenderOptions(nodeCount: number): RenderOptions {
  const big = nodeCount > VIEWPORT_THRESHOLD;
  return { textureOnViewport: big, hideEdgesOnViewport: big, pixelRatio: big ? 1 : null };
}
