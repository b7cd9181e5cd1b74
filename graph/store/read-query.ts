import { toStoreError } from './map-driver-error.js';
import type { Store } from './open-store.js';
import { runQuery } from './run-query.js';

/**
 * Reads are bounded: a runaway query (a deep path search on a dense graph) is stopped by
 * Neo4j after this long instead of holding a connection and a CPU.
 */
export const READ_TIMEOUT_MS = 5_000;

/** One read round trip through runQuery, bounded in time, driver errors mapped. */
export async function readQuery<Row>(
  store: Store,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Row[]> {
  try {
    return await runQuery<Row>(store, cypher, params, 'READ', { timeoutMs: READ_TIMEOUT_MS });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** One write round trip through runQuery, driver errors mapped. */
export async function writeQuery<Row>(
  store: Store,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Row[]> {
  try {
    return await runQuery<Row>(store, cypher, params, 'WRITE');
  } catch (error) {
    throw toStoreError(error);
  }
}
