import type { ManagedTransaction } from 'neo4j-driver';
import { toStoreError } from './map-driver-error.js';
import type { Store } from './open-store.js';
import { toPlain } from './records.js';

/** Runs a query inside a curation's transaction and returns plain rows. */
export type RunInTransaction = <Row = Record<string, unknown>>(
  cypher: string,
  params?: Record<string, unknown>,
) => Promise<Row[]>;

/**
 * One write transaction for a curation: all of it or none of it lands. Counted as one round
 * trip like saveDocument's transaction; driver errors mapped; domain errors thrown inside pass.
 */
export async function runCuration<T>(
  store: Store,
  work: (run: RunInTransaction) => Promise<T>,
): Promise<T> {
  const session = store.driver.session({ database: store.database });
  try {
    return await session.executeWrite(async (tx: ManagedTransaction) => {
      store.stats.roundTrips += 1;
      const run: RunInTransaction = async <Row>(cypher: string, params = {}) => {
        const result = await tx.run(cypher, params);
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      };
      return work(run);
    });
  } catch (error) {
    throw toStoreError(error);
  } finally {
    await session.close();
  }
}
