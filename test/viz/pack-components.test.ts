import { describe, expect, it } from 'vitest';
import { packComponents } from '../../viz/src/pack-components.js';

describe('packComponents', () => {
  it('closes the space between components and keeps each one’s shape', () => {
    // Two pairs 0–1 and 2–3, ten thousand px apart.
    const positions = new Float64Array([0, 0, 50, 0, 10_000, 10_000, 10_000, 10_080]);
    packComponents(
      {
        nodeCount: 4,
        edges: [
          [0, 1],
          [2, 3],
        ],
      },
      positions,
      20,
    );
    const [x0, y0, x1, y1, x2, y2, x3, y3] = [...positions] as number[];
    expect(Math.hypot((x1 ?? 0) - (x0 ?? 0), (y1 ?? 0) - (y0 ?? 0))).toBeCloseTo(50);
    expect(Math.hypot((x3 ?? 0) - (x2 ?? 0), (y3 ?? 0) - (y2 ?? 0))).toBeCloseTo(80);
    const spread = Math.max(...positions) - Math.min(...positions);
    expect(spread).toBeLessThan(300);
  });

  it('leaves the components at least the gap apart', () => {
    const positions = new Float64Array([0, 0, 0, 100, 500, 0, 500, 100, 900, 0]);
    packComponents(
      {
        nodeCount: 5,
        edges: [
          [0, 1],
          [2, 3],
        ],
      },
      positions,
      30,
    );
    const at = (i: number): [number, number] => [positions[2 * i] ?? 0, positions[2 * i + 1] ?? 0];
    const apart = (a: number, b: number): number => {
      const [ax, ay] = at(a);
      const [bx, by] = at(b);
      return Math.max(Math.abs(ax - bx), Math.abs(ay - by));
    };
    for (const [a, b] of [
      [0, 2],
      [0, 3],
      [1, 2],
      [1, 3],
      [0, 4],
      [2, 4],
      [1, 4],
      [3, 4],
    ] as const)
      expect(apart(a, b)).toBeGreaterThanOrEqual(30);
  });

  it('does not move a connected graph', () => {
    const positions = new Float64Array([5, 6, 70, 8]);
    packComponents({ nodeCount: 2, edges: [[0, 1]] }, positions, 30);
    expect([...positions]).toEqual([5, 6, 70, 8]);
  });
});
