// Starting positions for laying out a big graph, in linear time. fcose's own start for big graphs
// (its spectral "draft") puts nodes that have the same neighbours — a document's many tasks — on
// the same spot; its force step then compares every pair in those crowded cells, which takes tens
// of seconds at 2,000 nodes. A radial tree per connected component instead places hubs near the
// centre, each node in a wedge of its parent's sized by what hangs below it, and spreads each
// breadth-first level over a ring whose area fits its nodes, so the force step only has to
// tidy up.

export interface SeedGraph {
  nodeCount: number;
  /** Pairs of node indices; loops and repeats are allowed and ignored. */
  edges: readonly (readonly [number, number])[];
}

/** Positions as [x0, y0, x1, y1, …], about `spacing` apart on average, components side by side. */
export function toSeedPositions({ nodeCount, edges }: SeedGraph, spacing: number): Float64Array {
  const neighbours: number[][] = Array.from({ length: nodeCount }, () => []);
  for (const [a, b] of edges) {
    if (a === b || a < 0 || b < 0 || a >= nodeCount || b >= nodeCount) continue;
    neighbours[a]?.push(b);
    neighbours[b]?.push(a);
  }
  const degree = neighbours.map((list) => list.length);
  const byDegree = (a: number, b: number): number => (degree[b] ?? 0) - (degree[a] ?? 0) || a - b;
  for (const list of neighbours) list.sort(byDegree);

  const positions = new Float64Array(nodeCount * 2);
  const component = new Int32Array(nodeCount).fill(-1);
  const boxes: { nodes: number[]; radius: number }[] = [];
  for (const root of Array.from({ length: nodeCount }, (_, i) => i).sort(byDegree)) {
    if (component[root] !== -1) continue;
    const nodes = placeComponent(root, boxes.length, neighbours, component, positions, spacing);
    boxes.push(nodes);
  }
  packComponents(boxes, positions, spacing);
  return positions;
}

/** Radial tree of one component around `root`, centred on (0, 0). */
function placeComponent(
  root: number,
  id: number,
  neighbours: readonly number[][],
  component: Int32Array,
  positions: Float64Array,
  spacing: number,
): { nodes: number[]; radius: number } {
  // Breadth-first, hubs first among siblings, so the tree's trunk runs through the hubs.
  const order = [root];
  const parent = new Map<number, number>([[root, -1]]);
  const depth = new Map<number, number>([[root, 0]]);
  component[root] = id;
  for (let i = 0; i < order.length; i++) {
    const node = order[i] as number;
    for (const next of neighbours[node] ?? []) {
      if (component[next] !== -1) continue;
      component[next] = id;
      parent.set(next, node);
      depth.set(next, (depth.get(node) ?? 0) + 1);
      order.push(next);
    }
  }
  const children = new Map<number, number[]>();
  for (const node of order.slice(1)) {
    const p = parent.get(node) as number;
    const list = children.get(p);
    if (list) list.push(node);
    else children.set(p, [node]);
  }
  const size = new Map<number, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i] as number;
    let total = 1;
    for (const child of children.get(node) ?? []) total += size.get(child) ?? 1;
    size.set(node, total);
  }

  // Each level gets a ring [inner, outer] with room for its nodes; a wide ring is split into
  // sub-rings that consecutive nodes take in turn, so no ring is a single crowded circle.
  const perLevel: number[] = [];
  for (const node of order) {
    const d = depth.get(node) ?? 0;
    perLevel[d] = (perLevel[d] ?? 0) + 1;
  }
  const inner: number[] = [0];
  const outer: number[] = [0];
  for (let d = 1; d < perLevel.length; d++) {
    const from = (outer[d - 1] ?? 0) + spacing;
    inner[d] = from;
    outer[d] = Math.sqrt(from * from + ((perLevel[d] ?? 0) * spacing * spacing) / Math.PI);
  }
  const wedge = new Map<number, [number, number]>([[root, [0, 2 * Math.PI]]]);
  const seenAtLevel: number[] = [];
  for (const node of order) {
    const [from, to] = wedge.get(node) ?? [0, 2 * Math.PI];
    const d = depth.get(node) ?? 0;
    if (d > 0) {
      const rings = Math.max(1, Math.floor(((outer[d] ?? 0) - (inner[d] ?? 0)) / spacing) + 1);
      const k = seenAtLevel[d] ?? 0;
      seenAtLevel[d] = k + 1;
      const r =
        rings === 1
          ? (inner[d] ?? 0)
          : (inner[d] ?? 0) + (((outer[d] ?? 0) - (inner[d] ?? 0)) * (k % rings)) / (rings - 1);
      const angle = (from + to) / 2;
      positions[node * 2] = r * Math.cos(angle);
      positions[node * 2 + 1] = r * Math.sin(angle);
    }
    const kids = children.get(node) ?? [];
    const total = kids.reduce((sum, child) => sum + (size.get(child) ?? 1), 0);
    let start = from;
    for (const child of kids) {
      const share = ((to - from) * (size.get(child) ?? 1)) / total;
      wedge.set(child, [start, start + share]);
      start += share;
    }
  }
  return { nodes: order, radius: outer[outer.length - 1] ?? 0 };
}

/** Components in rows, biggest first, each moved from (0, 0) into its own square. */
function packComponents(
  boxes: readonly { nodes: number[]; radius: number }[],
  positions: Float64Array,
  spacing: number,
): void {
  const total = boxes.reduce((sum, box) => sum + (2 * box.radius + spacing) ** 2, 0);
  const rowWidth = Math.max(Math.sqrt(total), 2 * (boxes[0]?.radius ?? 0) + spacing);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const box of [...boxes].sort((a, b) => b.radius - a.radius)) {
    const side = 2 * box.radius + spacing;
    if (x > 0 && x + side > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    for (const node of box.nodes) {
      positions[node * 2] = (positions[node * 2] ?? 0) + x + side / 2;
      positions[node * 2 + 1] = (positions[node * 2 + 1] ?? 0) + y + side / 2;
    }
    x += side;
    rowHeight = Math.max(rowHeight, side);
  }
}
