import { describe, expect, it } from 'vitest';
import { findSentenceEnd, toSpanTree } from '../../viz/src/to-span-tree.js';

describe('toSpanTree', () => {
  it('nests spans inside the span that encloses them', () => {
    const tree = toSpanTree(20, [
      { start: 3, end: 5, value: 'owner' },
      { start: 0, end: 10, value: 'task' },
      { start: 6, end: 8, value: 'entity' },
      { start: 12, end: 14, value: 'target' },
    ]);
    expect(tree.map((n) => [n.value, n.start, n.end])).toEqual([
      ['task', 0, 10],
      ['target', 12, 14],
    ]);
    expect(tree[0]?.children.map((n) => n.value)).toEqual(['owner', 'entity']);
  });

  it('cuts a span that crosses its parent end and drops empty or outside spans', () => {
    const tree = toSpanTree(10, [
      { start: 0, end: 5, value: 'a' },
      { start: 4, end: 8, value: 'b' },
      { start: 6, end: 6, value: 'empty' },
      { start: 12, end: 15, value: 'outside' },
    ]);
    expect(tree).toEqual([
      { start: 0, end: 5, value: 'a', children: [{ start: 4, end: 5, value: 'b', children: [] }] },
    ]);
  });
});

describe('findSentenceEnd', () => {
  it('stops just after the next sentence mark or at the end of the text', () => {
    expect(findSentenceEnd('第一句。第二句！', 0)).toBe(4);
    expect(findSentenceEnd('第一句。第二句！', 4)).toBe(8);
    expect(findSentenceEnd('没有句号', 1)).toBe(4);
  });
});
