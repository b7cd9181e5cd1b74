import { describe, expect, it } from 'vitest';
import { parseGlobalId, toGlobalId, toRawId } from '../../api/global-id.js';

describe('global ids', () => {
  it('round-trips a type and an id with Chinese and separators', () => {
    const id = toGlobalId('Agency', 'Agency|启东市|市科技局');
    expect(parseGlobalId(id)).toEqual({ type: 'Agency', id: 'Agency|启东市|市科技局' });
  });

  it('reads strings that are not our ids as raw ids', () => {
    expect(parseGlobalId('doc:abc')).toBeNull();
    expect(parseGlobalId(Buffer.from('Nope:1').toString('base64'))).toBeNull();
    expect(toRawId('Lab||嘉庚创新实验室', ['Entity'])).toBe('Lab||嘉庚创新实验室');
  });

  it('accepts any entity type where an entity is expected and refuses other types', () => {
    expect(toRawId(toGlobalId('Lab', 'Lab||x'), ['Entity'])).toBe('Lab||x');
    expect(() => toRawId(toGlobalId('Task', 'd#t1'), ['Document'])).toThrow(
      /Expected the id of a Document/,
    );
  });
});
