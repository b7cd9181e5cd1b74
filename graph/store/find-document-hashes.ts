import type { Store } from './open-store.js';
import { runQuery } from './run-query.js';
import { toStoreError } from './map-driver-error.js';

const FIND_DOCUMENT_HASHES_CYPHER = `
UNWIND $ids AS id
MATCH (document:Document {id: id})
RETURN document.id AS id, document.contentHash AS contentHash`;

/**
 * The content hashes of those of `ids` that are already ingested, in one round trip, so
 * ingestion can skip unchanged documents.
 */
export async function findDocumentHashes(
  store: Store,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  try {
    const rows = await runQuery<{ id: string; contentHash: string | null }>(
      store,
      FIND_DOCUMENT_HASHES_CYPHER,
      { ids },
    );
    return new Map(
      rows.flatMap((row) => (row.contentHash === null ? [] : [[row.id, row.contentHash] as const])),
    );
  } catch (error) {
    throw toStoreError(error);
  }
}

const FIND_DOCUMENTS_BY_SOURCE_CYPHER = `
UNWIND $sources AS source
MATCH (document:Document {source: source})
RETURN document.id AS id, document.source AS source, document.contentHash AS contentHash`;

/**
 * Ingested documents read from these sources (paths as ingest records them, relative to the
 * working directory when below it), by `source` and content hash: a folder that moved keeps
 * its relative paths while the absolute ones, and so the ids, change.
 */
export async function findDocumentsBySource(
  store: Store,
  sources: readonly string[],
): Promise<{ id: string; source: string; contentHash: string | null }[]> {
  if (sources.length === 0) return [];
  try {
    return await runQuery(store, FIND_DOCUMENTS_BY_SOURCE_CYPHER, { sources });
  } catch (error) {
    throw toStoreError(error);
  }
}
