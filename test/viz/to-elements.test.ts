import { describe, expect, it } from 'vitest';
import { toElements } from '../../viz/src/to-elements.js';
import { AGENCY, DOC, HAS_TASK, LAB, LEAD, SUBGRAPH, TASK } from './fixtures.js';

describe('toElements', () => {
  it('puts nodes before edges with kind, label, jurisdiction and document id in data', () => {
    const elements = toElements(SUBGRAPH);
    expect(elements.map((el) => el.group)).toEqual([
      'nodes',
      'nodes',
      'nodes',
      'nodes',
      'edges',
      'edges',
      'edges',
      'edges',
    ]);
    expect(elements[0]?.data).toMatchObject({
      id: DOC.id,
      kind: 'DOCUMENT',
      label: '示范实施方案',
      jurisdiction: '示范市',
      documentId: 'doc-a',
    });
    expect(elements[3]?.data).toMatchObject({
      id: LAB.id,
      kind: 'LAB',
      jurisdiction: null,
      documentId: null,
    });
  });

  it('carries role, evidence and its document id on edges and marks inferred owners', () => {
    const edges = toElements(SUBGRAPH).filter((el) => el.group === 'edges');
    expect(edges.find((el) => el.data.id === 'e2')?.data).toMatchObject({
      kind: 'ASSIGNED_TO',
      role: 'LEAD',
      inferred: false,
      documentId: 'doc-a',
    });
    expect(edges.find((el) => el.data.id === 'e2')?.data['evidence']).toEqual(LEAD.evidence);
    expect(edges.find((el) => el.data.id === 'e3')?.data).toMatchObject({
      role: 'SUPPORT',
      inferred: true,
      documentId: 'doc-b',
    });
    expect(edges.find((el) => el.data.id === 'e1')?.data).toMatchObject({
      evidence: null,
      documentId: null,
    });
  });

  it('drops edges whose ends are neither in the subgraph nor already drawn', () => {
    const partial = { nodes: [TASK], edges: [HAS_TASK, LEAD] };
    expect(toElements(partial).filter((el) => el.group === 'edges')).toEqual([]);
    const withDrawn = toElements(partial, new Set([DOC.id, AGENCY.id]));
    expect(withDrawn.filter((el) => el.group === 'edges').map((el) => el.data.id)).toEqual([
      'e1',
      'e2',
    ]);
  });

  it('keeps each node and edge id once', () => {
    const doubled = { nodes: [DOC, TASK, DOC], edges: [HAS_TASK, HAS_TASK] };
    expect(toElements(doubled).map((el) => el.data.id)).toEqual([DOC.id, TASK.id, 'e1']);
  });
});
