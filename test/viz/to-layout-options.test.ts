import cytoscape from 'cytoscape';
import type { Position } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { FCOSE_MAX_NODES, toLayoutOptions } from '../../viz/src/to-layout-options.js';

describe('toLayoutOptions', () => {
  it('lays a graph of a few hundred nodes out with fcose, a bigger one with its own positions', () => {
    let computed = 0;
    const force = (): Map<string, Position> => {
      computed++;
      return new Map();
    };
    expect(toLayoutOptions('fcose', FCOSE_MAX_NODES, [], false, force).name).toBe('fcose');
    expect(computed).toBe(0);
    expect(toLayoutOptions('fcose', FCOSE_MAX_NODES + 1, [], false, force).name).toBe('preset');
    expect(computed).toBe(1);
  });

  it('applies the computed force-directed positions as a preset and fits them', async () => {
    const cy = cytoscape({
      headless: true,
      elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }],
    });
    const positions = new Map<string, Position>([
      ['a', { x: 10, y: 20 }],
      ['b', { x: 300, y: -40 }],
    ]);
    const options = toLayoutOptions('fcose', 2_000, [], false, () => positions);
    expect(options.name).toBe('preset');
    const layout = cy.layout(options);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
    expect(cy.getElementById('b').position()).toEqual({ x: 300, y: -40 });
    cy.destroy();
  });

  it('animates a force-directed change only when asked and under 300 nodes', () => {
    const none = (): Map<string, Position> => new Map();
    const animate = (count: number, asked: boolean): unknown =>
      (toLayoutOptions('fcose', count, [], asked, none) as { animate?: boolean }).animate;
    expect(animate(120, true)).toBe(true);
    expect(animate(120, false)).toBe(false);
    expect(animate(2_000, true)).toBe(false);
  });

  it('computes force positions only for the force-directed layout', () => {
    let computed = 0;
    const force = (): Map<string, Position> => {
      computed++;
      return new Map();
    };
    for (const name of ['breadthfirst', 'concentric', 'grid'] as const) {
      expect(toLayoutOptions(name, 10, [], false, force).name).toBe(name);
    }
    expect(computed).toBe(0);
  });
});
