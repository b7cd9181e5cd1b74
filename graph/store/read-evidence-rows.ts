import type { Store } from './open-store.js';
import { readQuery } from './read-query.js';
import { withEvidence } from './read-projections.js';
import type { Projection } from './read-projections.js';
import type { EvidenceRecord } from './read-records.js';

/**
 * Rows of a read by ids whose `row` column is a map with an `evidence` list (evidenceOf):
 * mentions, citations and issuers come back this way.
 */
export async function findRowsWithEvidence<T extends { evidence: EvidenceRecord | null }>(
  store: Store,
  cypher: string,
  ids: readonly string[],
  evidence: Projection<EvidenceRecord>,
): Promise<T[]> {
  if (ids.length === 0) return [];
  const rows = await readQuery<{ row: Omit<T, 'evidence'> & { evidence: unknown } }>(
    store,
    cypher,
    { ids },
  );
  const decode = withEvidence<T>(evidence);
  return rows.map((r) => decode(r.row));
}
