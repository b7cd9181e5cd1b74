// toPlain's input is what the driver decodes, so this test builds driver values itself.
// eslint-disable-next-line no-restricted-imports
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../graph/store/records.js';

describe('toPlain', () => {
  it('turns driver integers, temporals and nodes into plain values, however deep', () => {
    const node = new neo4j.types.Node(
      neo4j.int(1),
      ['Agency'],
      { name: '市科技局', rank: neo4j.int(2) },
      '4:x:1',
    );
    const value = {
      count: neo4j.int(7),
      date: new neo4j.types.Date(2025, 3, 9),
      rows: [[neo4j.int(1), 'a'], [node]],
    };
    expect(toPlain(value)).toEqual({
      count: 7,
      date: '2025-03-09',
      rows: [[1, 'a'], [{ name: '市科技局', rank: 2 }]],
    });
  });

  it('leaves what it converts untouched and returns plain lists and maps as they are', () => {
    const inner = ['任务', 3, { role: 'lead' }];
    const plain = { rows: [inner, [null, 'x']] };
    expect(toPlain(plain)).toBe(plain);

    const mixed = { keep: inner, change: [1, neo4j.int(2)] };
    const converted = toPlain(mixed) as typeof mixed;
    expect(converted).not.toBe(mixed);
    expect(converted.keep).toBe(inner);
    expect(converted.change).toEqual([1, 2]);
    expect(mixed.change[1]).toEqual(neo4j.int(2));
  });
});
