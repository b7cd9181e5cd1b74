import { describe, expect, it } from 'vitest';
import type { SeedGraph } from '../../viz/src/to-seed-positions.js';
import { toSeedPositions } from '../../viz/src/to-seed-positions.js';

const SPACING = 70;

/** Two hubs (0 and 1) joined by an edge, each with `leaves` leaves of its own. */
function twoStars(leaves: number, joined = true): SeedGraph {
  const edges: [number, number][] = joined ? [[0, 1]] : [];
  for (let i = 0; i < leaves; i++) {
    edges.push([0, 2 + i]);
    edges.push([1, 2 + leaves + i]);
  }
  return { nodeCount: 2 + 2 * leaves, edges };
}

function distance(positions: Float64Array, a: number, b: number): number {
  return Math.hypot(
    (positions[2 * a] ?? 0) - (positions[2 * b] ?? 0),
    (positions[2 * a + 1] ?? 0) - (positions[2 * b + 1] ?? 0),
  );
}

describe('toSeedPositions', () => {
  it('gives every node a finite position, the same on every call', () => {
    const graph = twoStars(30);
    const positions = toSeedPositions(graph, SPACING);
    expect(positions).toHaveLength(graph.nodeCount * 2);
    expect([...positions].every(Number.isFinite)).toBe(true);
    expect([...toSeedPositions(graph, SPACING)]).toEqual([...positions]);
  });

  it('never puts two nodes on one spot, even a hub with a hundred leaves', () => {
    const positions = toSeedPositions(twoStars(100), SPACING);
    let closest = Infinity;
    for (let a = 0; a < 202; a++)
      for (let b = a + 1; b < 202; b++) closest = Math.min(closest, distance(positions, a, b));
    expect(closest).toBeGreaterThan(SPACING / 10);
  });

  it('keeps separate components apart', () => {
    const leaves = 20;
    const positions = toSeedPositions(twoStars(leaves, false), SPACING);
    const first = [0, ...Array.from({ length: leaves }, (_, i) => 2 + i)];
    const second = [1, ...Array.from({ length: leaves }, (_, i) => 2 + leaves + i)];
    let closest = Infinity;
    for (const a of first)
      for (const b of second) closest = Math.min(closest, distance(positions, a, b));
    expect(closest).toBeGreaterThanOrEqual(SPACING);
  });

  it('ignores loops and edges to nodes that do not exist', () => {
    const positions = toSeedPositions(
      {
        nodeCount: 2,
        edges: [
          [0, 0],
          [0, 5],
          [-1, 1],
          [0, 1],
        ],
      },
      SPACING,
    );
    expect(distance(positions, 0, 1)).toBeCloseTo(SPACING);
  });
});
