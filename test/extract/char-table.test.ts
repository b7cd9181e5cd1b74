import { describe, expect, it } from 'vitest';
import { toCharTable, toCharTableMatching } from '../../graph/extract/char-table.js';

describe('toCharTable', () => {
  it('marks exactly the units of the given characters', () => {
    const table = toCharTable(['。!', '?']);
    expect(['。', '!', '?'].map((ch) => table[ch.charCodeAt(0)])).toEqual([1, 1, 1]);
    expect(table['，'.charCodeAt(0)]).toBe(0);
    expect(table.reduce((sum, flag) => sum + flag, 0)).toBe(3);
  });
});

describe('toCharTableMatching', () => {
  it('agrees with the pattern on every unit, \\s included', () => {
    const pattern = /[\s,。]/;
    const table = toCharTableMatching(pattern);
    for (const ch of [' ', '\u3000', '\u00a0', '\ufeff', ',', '。', '甲', 'a'])
      expect(table[ch.charCodeAt(0)], ch).toBe(pattern.test(ch) ? 1 : 0);
  });
});
