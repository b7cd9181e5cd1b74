import { describe, expect, it } from 'vitest';
import { relaxPositions } from '../../viz/src/relax-positions.js';
import { toSeedPositions } from '../../viz/src/to-seed-positions.js';

const SPACING = 70;

function distance(positions: Float64Array, a: number, b: number): number {
  return Math.hypot(
    (positions[2 * a] ?? 0) - (positions[2 * b] ?? 0),
    (positions[2 * a + 1] ?? 0) - (positions[2 * b + 1] ?? 0),
  );
}

describe('relaxPositions', () => {
  it('pushes apart unconnected nodes that start on one spot', () => {
    const positions = new Float64Array([5, 5, 5, 5, 5, 5]);
    relaxPositions({ nodeCount: 3, edges: [] }, positions, { spacing: SPACING, rounds: 40 });
    for (const [a, b] of [
      [0, 1],
      [0, 2],
      [1, 2],
    ] as const)
      expect(distance(positions, a, b)).toBeGreaterThan(SPACING);
  });

  it('pulls the ends of a long edge in to about the spacing', () => {
    const positions = new Float64Array([0, 0, 20 * SPACING, 0]);
    relaxPositions({ nodeCount: 2, edges: [[0, 1]] }, positions, { spacing: SPACING, rounds: 60 });
    expect(distance(positions, 0, 1)).toBeGreaterThan(0.7 * SPACING);
    expect(distance(positions, 0, 1)).toBeLessThan(1.3 * SPACING);
  });

  it('shortens the edges of a chain laid out in scrambled order, the same way every time', () => {
    // A chain 0–1–…–59 whose seed is a ring in an order unrelated to the chain.
    const n = 60;
    const edges = Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as const);
    const ring = toSeedPositions({ nodeCount: n, edges: [] }, SPACING);
    const scrambled = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      const from = (i * 37) % n;
      scrambled[2 * i] = ring[2 * from] ?? 0;
      scrambled[2 * i + 1] = ring[2 * from + 1] ?? 0;
    }
    const total = (p: Float64Array): number =>
      edges.reduce((s, [a, b]) => s + distance(p, a, b), 0);
    const before = total(scrambled);
    const again = new Float64Array(scrambled);
    relaxPositions({ nodeCount: n, edges }, scrambled, { spacing: SPACING, rounds: 80 });
    relaxPositions({ nodeCount: n, edges }, again, { spacing: SPACING, rounds: 80 });
    expect(total(scrambled)).toBeLessThan(before / 2);
    expect([...again]).toEqual([...scrambled]);
  });

  it('keeps the nodes of a densely tied graph about the minimum gap apart', () => {
    // 300 nodes, each tied to five others: FR alone packs the middle tighter than a node is wide.
    const n = 300;
    const edges: [number, number][] = [];
    for (let i = 0; i < n; i++) for (let k = 1; k <= 5; k++) edges.push([i, (i * 7 + k * 31) % n]);
    const positions = toSeedPositions({ nodeCount: n, edges }, SPACING);
    relaxPositions({ nodeCount: n, edges }, positions, {
      spacing: SPACING,
      rounds: 80,
      minGap: 35,
    });
    let tooClose = 0;
    for (let a = 0; a < n; a++)
      for (let b = a + 1; b < n; b++) if (distance(positions, a, b) < 0.8 * 35) tooClose++;
    expect(tooClose).toBe(0);
  });

  it('leaves a single node where it is', () => {
    const positions = new Float64Array([3, 4]);
    relaxPositions({ nodeCount: 1, edges: [] }, positions, { spacing: SPACING, rounds: 10 });
    expect([...positions]).toEqual([3, 4]);
  });
});
