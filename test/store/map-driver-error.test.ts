import { describe, expect, it } from 'vitest';
import { toStoreError } from '../../graph/store/map-driver-error.js';
import { DatabaseUnavailableError, StoreError } from '../../graph/store/store-errors.js';

describe('toStoreError', () => {
  it('reads a refused connection as DatabaseUnavailableError and keeps the cause', () => {
    const refused = new Error(
      'Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:7687',
    );
    const mapped = toStoreError(refused);
    expect(mapped).toBeInstanceOf(DatabaseUnavailableError);
    expect((mapped as StoreError).cause).toBe(refused);
  });

  it('passes through errors that are already domain errors or not errors at all', () => {
    const domain = new StoreError('already mapped');
    expect(toStoreError(domain)).toBe(domain);
    expect(toStoreError('text')).toBe('text');
    const plain = new TypeError('a bug');
    expect(toStoreError(plain)).toBe(plain);
  });
});
