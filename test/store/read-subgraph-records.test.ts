import { describe, expect, it } from 'vitest';
import { toSubgraph } from '../../graph/store/read-subgraph-records.js';

describe('toSubgraph', () => {
  it('names a light read’s label values and edge role, and resolves edge ends', () => {
    const subgraph = toSubgraph(
      [
        ['4:a', 'Agency', 'a1', 3, ['市科技局', null, null, null, null, null, null]],
        ['4:t', 'Task', 't1', 1, [null, '建设实验室', null, '（一）', null, null, null]],
      ],
      [['5:r', 'ASSIGNED_TO', '4:t', '4:a', ['lead', null]]],
      false,
      0,
    );
    expect(subgraph.nodes).toEqual([
      { type: 'Agency', id: 'a1', degree: 3, properties: { name: '市科技局' } },
      { type: 'Task', id: 't1', degree: 1, properties: { title: '建设实验室', number: '（一）' } },
    ]);
    expect(subgraph.edges).toEqual([
      {
        id: '5:r',
        type: 'ASSIGNED_TO',
        source: { type: 'Task', id: 't1' },
        target: { type: 'Agency', id: 'a1' },
        // An unset property is absent, as in a full read (Neo4j stores no nulls).
        properties: { role: 'lead' },
      },
    ]);
  });

  it('keeps a full read’s property maps, without their nulls', () => {
    const subgraph = toSubgraph(
      [['4:d', 'Document', 'd1', 0, { title: '实施方案', text: null }]],
      [],
      true,
      2,
    );
    expect(subgraph.nodes[0]?.properties).toEqual({ title: '实施方案' });
    expect(subgraph).toMatchObject({ truncated: true, omittedCount: 2 });
  });
});
