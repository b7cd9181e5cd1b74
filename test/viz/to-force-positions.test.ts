import cytoscape from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toForcePositions, toForceRounds } from '../../viz/src/to-force-positions.js';

/** Two hubs joined by an edge, each with its own leaves: `a0…`, `b0…`. */
function twoStars(leaves: number): ElementDefinition[] {
  const elements: ElementDefinition[] = [
    { group: 'nodes', data: { id: 'A' } },
    { group: 'nodes', data: { id: 'B' } },
    { group: 'edges', data: { id: 'AB', source: 'A', target: 'B' } },
  ];
  for (let i = 0; i < leaves; i++) {
    for (const hub of ['A', 'B']) {
      const id = `${hub.toLowerCase()}${i}`;
      elements.push({ group: 'nodes', data: { id } });
      elements.push({ group: 'edges', data: { id: `${hub}-${id}`, source: hub, target: id } });
    }
  }
  return elements;
}

describe('toForceRounds', () => {
  it('runs 80 rounds up to 2,000 nodes and fewer, never under 40, beyond', () => {
    expect(toForceRounds(500)).toBe(80);
    expect(toForceRounds(2_000)).toBe(80);
    expect(toForceRounds(3_000)).toBeLessThan(80);
    expect(toForceRounds(5_000)).toBe(40);
    expect(toForceRounds(50_000)).toBe(40);
  });
});

describe('toForcePositions', () => {
  it('places each leaf nearer its own hub than the other one', () => {
    const cy = cytoscape({ headless: true, elements: twoStars(40) });
    const positions = toForcePositions(cy.elements());
    const at = (id: string): { x: number; y: number } => positions.get(id) ?? { x: NaN, y: NaN };
    const gap = (a: string, b: string): number => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    expect(positions.size).toBe(82);
    for (let i = 0; i < 40; i++) {
      expect(gap(`a${i}`, 'A')).toBeLessThan(gap(`a${i}`, 'B'));
      expect(gap(`b${i}`, 'B')).toBeLessThan(gap(`b${i}`, 'A'));
    }
    cy.destroy();
  });

  it('lays out only the given elements, ignoring edges that leave them', () => {
    const cy = cytoscape({ headless: true, elements: twoStars(5) });
    const part = cy.nodes('[id ^= "a"], #A').union(cy.edges());
    const positions = toForcePositions(part);
    expect([...positions.keys()].sort()).toEqual(['A', 'a0', 'a1', 'a2', 'a3', 'a4']);
    expect([...positions.values()].every((p) => Number.isFinite(p.x + p.y))).toBe(true);
    cy.destroy();
  });
});
