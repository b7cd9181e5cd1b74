import type { Store } from './open-store.js';
import { toPlain } from './records.js';

export interface QueryOptions {
  /** Server-side transaction timeout; the API bounds its reads with it. */
  timeoutMs?: number;
}

/**
 * Runs one parameterised read or write and returns its rows as plain objects.
 * Every store function goes through here (or through a transaction it counts itself), so
 * `store.stats.roundTrips` counts round trips to Neo4j.
 */
export async function runQuery<Row = Record<string, unknown>>(
  store: Store,
  cypher: string,
  params: Record<string, unknown> = {},
  mode: 'READ' | 'WRITE' = 'READ',
  options: QueryOptions = {},
): Promise<Row[]> {
  store.stats.roundTrips += 1;
  const result = await store.driver.executeQuery(cypher, params, {
    database: store.database,
    routing: mode,
    ...(options.timeoutMs === undefined
      ? {}
      : { transactionConfig: { timeout: options.timeoutMs } }),
  });
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}
