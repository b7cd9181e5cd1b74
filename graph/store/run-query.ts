import type { Store } from './open-store.js';
import { toPlain } from './records.js';

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
): Promise<Row[]> {
  store.stats.roundTrips += 1;
  const result = await store.driver.executeQuery(cypher, params, {
    database: store.database,
    routing: mode,
  });
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}
