import neo4j from 'neo4j-driver';
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
 *
 * A read is one statement, so it runs as an auto-commit transaction: RUN and PULL in one
 * exchange instead of BEGIN, RUN, PULL and COMMIT. On the API's hot path that halves the
 * driver and server work per read (measured: 'RETURN 1' at concurrency 16, 876 → 1,709 req/s).
 * A read that hits a transient error (leader switch, connection reset) is tried once more,
 * which is what the managed transaction's retry bought us for reads.
 */
export async function runQuery<Row = Record<string, unknown>>(
  store: Store,
  cypher: string,
  params: Record<string, unknown> = {},
  mode: 'READ' | 'WRITE' = 'READ',
  options: QueryOptions = {},
): Promise<Row[]> {
  store.stats.roundTrips += 1;
  const transactionConfig = options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs };
  if (mode === 'WRITE') {
    const result = await store.driver.executeQuery(cypher, params, {
      database: store.database,
      routing: 'WRITE',
      transactionConfig,
    });
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }
  try {
    return await readOnce<Row>(store, cypher, params, transactionConfig);
  } catch (error) {
    if (!neo4j.isRetryableError(error)) throw error;
    return readOnce<Row>(store, cypher, params, transactionConfig);
  }
}

async function readOnce<Row>(
  store: Store,
  cypher: string,
  params: Record<string, unknown>,
  transactionConfig: { timeout?: number },
): Promise<Row[]> {
  const session = store.driver.session({
    database: store.database,
    defaultAccessMode: neo4j.session.READ,
  });
  try {
    const result = await runWithoutCallerStack(() =>
      session.run(cypher, params, transactionConfig),
    );
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  } catch (error) {
    // The driver's own stack was not taken (below); this one, taken where the read failed,
    // names the awaiting callers, and only a failed read pays for it.
    if (error instanceof Error) Error.captureStackTrace(error);
    throw error;
  } finally {
    await session.close();
  }
}

/**
 * neo4j-driver builds every Result with `new Error().stack`, a stack trace kept in case the
 * query fails. Inside the API that stack is a deep chain of async resolver frames, and V8 walks
 * and formats it for every read whether it fails or not: on agency → tasks at concurrency 1 it
 * was ~0.2 ms of the read's 1.3 ms of Node CPU (measured A/B in one process). The Result is
 * built synchronously inside `session.run`, so a zero limit for that call skips the walk.
 */
function runWithoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
