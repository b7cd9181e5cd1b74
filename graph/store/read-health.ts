import type { Store } from './open-store.js';
import { readQuery } from './read-query.js';

const PING_CYPHER = 'RETURN 1 AS ok';

/** Whether Neo4j answers a query now; the reason when it does not. */
export async function findDatabaseStatus(
  store: Store,
): Promise<{ ready: boolean; reason: string | null }> {
  try {
    await readQuery(store, PING_CYPHER);
    return { ready: true, reason: null };
  } catch (error) {
    return { ready: false, reason: error instanceof Error ? error.name : 'unknown' };
  }
}
