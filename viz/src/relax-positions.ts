// A few rounds of force-directed tidying for big graphs (Fruchterman–Reingold with a grid): edges
// pull their ends together, nodes closer than two spacings push apart, each move is capped by a
// cooling step. Only neighbouring grid cells are compared, so a round costs about
// O(nodes + edges) — unlike fcose, whose force step runs at least five rounds per node. FR leaves
// the middle of a densely tied graph packed tighter than a node is wide, so closing rounds then
// push apart only the pairs nearer than `minGap`.
import type { SeedGraph } from './to-seed-positions.js';

export interface RelaxOptions {
  /** The distance an edge settles at, in px. */
  spacing: number;
  rounds: number;
  /** Node centres end at least about this far apart (default: half the spacing). */
  minGap?: number;
}

/** Rounds that only separate pairs closer than the gap. */
const SEPARATION_ROUNDS = 60;

/** Calls `visit(i, j, dx, dy, d²)` once for each pair of nodes closer than `reach`. */
type PairVisitor = (i: number, j: number, dx: number, dy: number, d2: number) => void;

function createPairFinder(
  n: number,
): (positions: Float64Array, reach: number, visit: PairVisitor) => void {
  const cellOf = new Int32Array(n);
  const next = new Int32Array(n);
  let heads = new Int32Array(0);
  return (positions, reach, visit) => {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      minX = Math.min(minX, positions[2 * i] as number);
      maxX = Math.max(maxX, positions[2 * i] as number);
      minY = Math.min(minY, positions[2 * i + 1] as number);
      maxY = Math.max(maxY, positions[2 * i + 1] as number);
    }
    // Cells at least `reach` wide (a linked list per cell), so every close pair lies in the same
    // or neighbouring cells; a sparse graph would need more cells than nodes: widen them instead.
    const cellSize = Math.max(reach, Math.sqrt(((maxX - minX) * (maxY - minY)) / (4 * n)));
    const columns = Math.floor((maxX - minX) / cellSize) + 3;
    const rows = Math.floor((maxY - minY) / cellSize) + 3;
    if (heads.length < columns * rows) heads = new Int32Array(columns * rows);
    heads.fill(-1, 0, columns * rows);
    for (let i = 0; i < n; i++) {
      // One empty ring of cells around the graph, so the neighbour offsets never leave the grid.
      const cx = Math.floor(((positions[2 * i] as number) - minX) / cellSize) + 1;
      const cy = Math.floor(((positions[2 * i + 1] as number) - minY) / cellSize) + 1;
      const cell = cy * columns + cx;
      cellOf[i] = cell;
      next[i] = heads[cell] as number;
      heads[cell] = i;
    }
    const reach2 = reach * reach;
    for (let i = 0; i < n; i++) {
      const cell = cellOf[i] as number;
      const xi = positions[2 * i] as number;
      const yi = positions[2 * i + 1] as number;
      for (let oy = -1; oy <= 1; oy++) {
        for (let ox = -1; ox <= 1; ox++) {
          for (let j = heads[cell + oy * columns + ox] as number; j !== -1; j = next[j] as number) {
            if (j <= i) continue;
            let dx = xi - (positions[2 * j] as number);
            let dy = yi - (positions[2 * j + 1] as number);
            let d2 = dx * dx + dy * dy;
            if (d2 > reach2) continue;
            if (d2 < 1e-6) {
              // Same spot: apart along a direction fixed by the pair, not by chance.
              dx = Math.cos(i + j * 7);
              dy = Math.sin(i + j * 7);
              d2 = 1e-2;
            }
            visit(i, j, dx, dy, d2);
          }
        }
      }
    }
  };
}

/** Moves `positions` ([x0, y0, x1, y1, …]) in place. Deterministic. */
export function relaxPositions(
  { nodeCount, edges }: SeedGraph,
  positions: Float64Array,
  { spacing, rounds, minGap = spacing / 2 }: RelaxOptions,
): void {
  const n = nodeCount;
  if (n < 2) return;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const k2 = spacing * spacing;
  const findPairs = createPairFinder(n);
  const repel: PairVisitor = (i, j, ddx, ddy, d2) => {
    const f = k2 / d2;
    dx[i] = (dx[i] as number) + ddx * f;
    dy[i] = (dy[i] as number) + ddy * f;
    dx[j] = (dx[j] as number) - ddx * f;
    dy[j] = (dy[j] as number) - ddy * f;
  };
  const move = (step: number): void => {
    for (let i = 0; i < n; i++) {
      const mx = dx[i] as number;
      const my = dy[i] as number;
      const length = Math.sqrt(mx * mx + my * my);
      if (length === 0) continue;
      const scale = Math.min(length, step) / length;
      positions[2 * i] = (positions[2 * i] as number) + mx * scale;
      positions[2 * i + 1] = (positions[2 * i + 1] as number) + my * scale;
    }
  };

  for (let round = 0; round < rounds; round++) {
    // Cooling from a spacing-sized step down to a tenth of it.
    const step = spacing * (1 - (0.9 * round) / Math.max(1, rounds - 1));
    dx.fill(0);
    dy.fill(0);
    // Repulsion k²/d between nodes closer than two spacings, each pair once.
    findPairs(positions, 2 * spacing, repel);
    // Attraction d²/k along each edge.
    for (const [a, b] of edges) {
      if (a === b || a < 0 || b < 0 || a >= n || b >= n) continue;
      const ddx = (positions[2 * a] as number) - (positions[2 * b] as number);
      const ddy = (positions[2 * a + 1] as number) - (positions[2 * b + 1] as number);
      const f = Math.sqrt(ddx * ddx + ddy * ddy) / spacing;
      dx[a] = (dx[a] as number) - ddx * f;
      dy[a] = (dy[a] as number) - ddy * f;
      dx[b] = (dx[b] as number) + ddx * f;
      dy[b] = (dy[b] as number) + ddy * f;
    }
    move(step);
  }

  // Separation: each of a pair nearer than the gap moves away by the whole shortfall (moves are
  // capped at the gap), which spreads a crowd outwards in a few dozen rounds.
  const separate: PairVisitor = (i, j, ddx, ddy, d2) => {
    const d = Math.sqrt(d2);
    const push = (minGap - d) / d;
    dx[i] = (dx[i] as number) + ddx * push;
    dy[i] = (dy[i] as number) + ddy * push;
    dx[j] = (dx[j] as number) - ddx * push;
    dy[j] = (dy[j] as number) - ddy * push;
  };
  for (let round = 0; round < SEPARATION_ROUNDS; round++) {
    dx.fill(0);
    dy.fill(0);
    findPairs(positions, minGap, separate);
    move(minGap);
  }
}
