import { describe, expect, it } from 'vitest';
import { toPhraseQuery } from '../../graph/store/search-entities.js';

describe('toPhraseQuery', () => {
  it('wraps text in one phrase and escapes every Lucene special character', () => {
    expect(toPhraseQuery('科技局')).toBe('"科技局"');
    expect(toPhraseQuery('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(toPhraseQuery('(x)*~:')).toBe('"\\(x\\)\\*\\~\\:"');
    expect(toPhraseQuery('a AND b')).toBe('"a AND b"');
  });
});
