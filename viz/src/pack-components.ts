// Moves each connected component of a laid-out graph next to the others, tallest first, in rows
// about half as wide again as the whole is tall (the graph pane's shape), so a picture of several separate documents is not mostly
// empty space between them.
import type { SeedGraph } from './to-seed-positions.js';

/** Moves `positions` ([x0, y0, x1, y1, …]) in place; components keep their own shape. */
export function packComponents(
  { nodeCount, edges }: SeedGraph,
  positions: Float64Array,
  gap: number,
): void {
  const root = Int32Array.from({ length: nodeCount }, (_, i) => i);
  const find = (i: number): number => {
    while (root[i] !== i) {
      root[i] = root[root[i] as number] as number;
      i = root[i] as number;
    }
    return i;
  };
  for (const [a, b] of edges) {
    if (a < 0 || b < 0 || a >= nodeCount || b >= nodeCount) continue;
    root[find(a)] = find(b);
  }
  const boxes = new Map<
    number,
    { nodes: number[]; x1: number; y1: number; x2: number; y2: number }
  >();
  for (let i = 0; i < nodeCount; i++) {
    const x = positions[2 * i] as number;
    const y = positions[2 * i + 1] as number;
    const id = find(i);
    const box = boxes.get(id);
    if (box) {
      box.nodes.push(i);
      box.x1 = Math.min(box.x1, x);
      box.y1 = Math.min(box.y1, y);
      box.x2 = Math.max(box.x2, x);
      box.y2 = Math.max(box.y2, y);
    } else boxes.set(id, { nodes: [i], x1: x, y1: y, x2: x, y2: y });
  }
  if (boxes.size < 2) return;
  const sorted = [...boxes.values()].sort(
    (a, b) => b.y2 - b.y1 - (a.y2 - a.y1) || (a.nodes[0] ?? 0) - (b.nodes[0] ?? 0),
  );
  const area = sorted.reduce((sum, b) => sum + (b.x2 - b.x1 + gap) * (b.y2 - b.y1 + gap), 0);
  const rowWidth = Math.max(Math.sqrt(area * 1.5), ...sorted.map((b) => b.x2 - b.x1 + gap));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const box of sorted) {
    const width = box.x2 - box.x1 + gap;
    if (x > 0 && x + width > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    for (const node of box.nodes) {
      positions[2 * node] = (positions[2 * node] as number) - box.x1 + x;
      positions[2 * node + 1] = (positions[2 * node + 1] as number) - box.y1 + y;
    }
    x += width;
    rowHeight = Math.max(rowHeight, box.y2 - box.y1 + gap);
  }
}
