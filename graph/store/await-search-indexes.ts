import { toStoreError } from './map-driver-error.js';
import type { Store } from './open-store.js';
import { runQuery } from './run-query.js';

const AWAIT_SEARCH_INDEXES_CYPHER =
  'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()';

/**
 * Waits until the full-text indexes have taken in every committed write. They are eventually
 * consistent (see schema.ts), so a writer whose caller may search at once calls this after
 * committing; a bulk load calls it once at the end.
 */
export async function awaitSearchIndexes(store: Store): Promise<void> {
  try {
    await runQuery(store, AWAIT_SEARCH_INDEXES_CYPHER, {}, 'WRITE');
  } catch (error) {
    throw toStoreError(error);
  }
}
