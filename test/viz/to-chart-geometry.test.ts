import { describe, expect, it } from 'vitest';
import type { TargetPoint } from '../../viz/src/api-types.js';
import { toChartGeometry, toNiceTicks } from '../../viz/src/to-chart-geometry.js';
import { evidence } from './fixtures.js';

const point = (year: number | null, value: number, kind: 'TARGET' | 'ACTUAL'): TargetPoint => ({
  id: `${kind}${year}`,
  metric: '高新技术企业数',
  value,
  unit: '家',
  year,
  recurring: year === null,
  comparator: 'GTE',
  kind,
  document: { id: 'd', documentId: 'd', title: '示范', date: null },
  evidence: evidence(),
});

describe('toNiceTicks', () => {
  it('covers the maximum with round steps from zero', () => {
    expect(toNiceTicks(500)).toEqual([0, 200, 400, 600]);
    expect(toNiceTicks(3.2)).toEqual([0, 1, 2, 3, 4]);
    expect(toNiceTicks(0)).toEqual([0, 1]);
  });
});

describe('toChartGeometry', () => {
  it('splits goals from reported figures, orders them by year and leaves yearless points out', () => {
    const g = toChartGeometry([
      point(2025, 500, 'TARGET'),
      point(2023, 320, 'ACTUAL'),
      point(2022, 280, 'ACTUAL'),
      point(null, 50, 'TARGET'),
    ]);
    expect(g.goals.map((p) => p.point.year)).toEqual([2025]);
    expect(g.actuals.map((p) => p.point.year)).toEqual([2022, 2023]);
    expect(g.xTicks.map((t) => t.year)).toEqual([2022, 2023, 2024, 2025]);
    // Later years sit further right, bigger values higher up (smaller y).
    expect(g.actuals[0]!.x).toBeLessThan(g.actuals[1]!.x);
    expect(g.goals[0]!.y).toBeLessThan(g.actuals[0]!.y);
    expect(g.goals[0]!.x).toBeLessThanOrEqual(g.box.right);
  });
});
