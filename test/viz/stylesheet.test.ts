import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../../viz/src/node-kinds.js';
import { NODE_LOOKS, toLegend, toStylesheet } from '../../viz/src/stylesheet.js';
import { toElements } from '../../viz/src/to-elements.js';
import { SUBGRAPH } from './fixtures.js';

function createCy(): cytoscape.Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: toStylesheet(),
    elements: toElements(SUBGRAPH),
  });
}

/** Cytoscape reports colours as `rgb(r,g,b)`. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

describe('toStylesheet', () => {
  it('colours and shapes each node by its kind from the look table', () => {
    const cy = createCy();
    for (const node of cy.nodes()) {
      const look = NODE_LOOKS[node.data('kind') as keyof typeof NODE_LOOKS];
      expect(node.style('background-color')).toBe(rgb(look.colour));
      expect(node.style('shape')).toBe(look.shape);
    }
    cy.destroy();
  });

  it('draws lead owners solid and support or inferred owners dashed or dotted', () => {
    const cy = createCy();
    expect(cy.getElementById('e2').style('line-style')).toBe('solid');
    expect(cy.getElementById('e3').style('line-style')).toBe('dotted');
    cy.add({
      group: 'edges',
      data: {
        id: 'e5',
        source: SUBGRAPH.nodes[1]!.id,
        target: SUBGRAPH.nodes[2]!.id,
        kind: 'ASSIGNED_TO',
        role: 'SUPPORT',
        inferred: false,
      },
    });
    expect(cy.getElementById('e5').style('line-style')).toBe('dashed');
    cy.destroy();
  });

  it('hides elements by class and selects by kind', () => {
    const cy = createCy();
    expect(cy.nodes('[kind = "AGENCY"]').map((n) => n.data('label') as string)).toEqual([
      '市科技局',
    ]);
    cy.nodes('[kind = "LAB"]').addClass('type-hidden');
    expect(cy.nodes('[kind = "LAB"]').style('display')).toBe('none');
    expect(cy.nodes(':visible').length).toBe(3);
    cy.destroy();
  });
});

describe('toStylesheet in bulk', () => {
  it('draws straight edges without arrows and drops label backgrounds', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: toStylesheet({ bulk: true }),
      elements: toElements(SUBGRAPH),
    });
    expect(cy.getElementById('e2').style('curve-style')).toBe('haystack');
    expect(cy.getElementById('e2').style('target-arrow-shape')).toBe('none');
    expect(cy.nodes().first().style('text-background-opacity')).toBe('0');
    expect(createCy().getElementById('e2').style('curve-style')).toBe('bezier');
    cy.destroy();
  });
});

describe('toLegend', () => {
  it('lists every node kind with the colour the stylesheet uses', () => {
    expect(toLegend().map((entry) => entry.kind)).toEqual([...NODE_KINDS]);
    for (const entry of toLegend()) expect(entry.colour).toBe(NODE_LOOKS[entry.kind].colour);
  });
});
