import { describe, expect, it } from 'vitest';
import { KnownFirstLoader } from '../../api/known-first-loader.js';

function counting() {
  const batches: string[][] = [];
  const loader = new KnownFirstLoader<string | null>((ids) => {
    batches.push([...ids]);
    return Promise.resolve(ids.map((id) => (id === 'missing' ? null : `value of ${id}`)));
  });
  return { loader, batches };
}

describe('KnownFirstLoader', () => {
  it('answers a primed key at once, without a read', () => {
    const { loader, batches } = counting();
    loader.prime('t1', 'primed');
    expect(loader.load('t1')).toBe('primed');
    expect(batches).toEqual([]);
  });

  it('batches the keys it does not hold, then answers them at once too', async () => {
    const { loader, batches } = counting();
    const pending = [loader.load('a'), loader.load('b'), loader.load('missing')];
    expect(pending.every((value) => value instanceof Promise)).toBe(true);
    expect(await Promise.all(pending.map((value) => Promise.resolve(value)))).toEqual([
      'value of a',
      'value of b',
      null,
    ]);
    expect(batches).toEqual([['a', 'b', 'missing']]);
    expect(loader.load('b')).toBe('value of b');
    expect(loader.load('missing')).toBeNull();
    expect(await loader.loadMany(['a', 'b'])).toEqual(['value of a', 'value of b']);
    expect(batches).toHaveLength(1);
  });

  it('keeps the first value primed for a key, as DataLoader does', async () => {
    const { loader } = counting();
    loader.prime('x', 'first').prime('x', 'second');
    expect(loader.load('x')).toBe('first');
    expect(await loader.loadMany(['x', 'y'])).toEqual(['first', 'value of y']);
  });
});
