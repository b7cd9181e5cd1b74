import { RELATIONSHIP_TYPES } from '../model/vocabulary.js';
import type { Store } from './open-store.js';
import { runCuration } from './curate-transaction.js';
import { NotFoundError } from './read-errors.js';

// Every relationship stating this document's facts (one indexed block per type), then its
// tasks, targets and the node itself; then entities nothing else refers to, unless curated.
const DELETE_DOCUMENT_CYPHER = `
MATCH (d:Document {id: $id})
${RELATIONSHIP_TYPES.filter((type) => type !== 'DIFFERENT_FROM')
  .map(
    (type, index) => `CALL (d) {
  MATCH (a)-[r:${type} {documentId: $id}]->(b)
  DELETE r
  RETURN collect(a.id) + collect(b.id) AS ends${index}
}`,
  )
  .join('\n')}
CALL (d) {
  MATCH (d)-[:HAS_TASK|HAS_TARGET]->(fact)
  DETACH DELETE fact
}
DETACH DELETE d
RETURN ${RELATIONSHIP_TYPES.filter((type) => type !== 'DIFFERENT_FROM')
  .map((_, index) => `ends${index}`)
  .join(' + ')} AS ends`;

const DELETE_ORPHANS_CYPHER = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE coalesce(e.curated, false) = false AND NOT EXISTS { (e)--() }
DELETE e`;

/** Deletes a document and what was extracted from it; shared entities and curations stay. */
export function deleteDocument(store: Store, id: string): Promise<void> {
  return runCuration(store, async (run) => {
    const [row] = await run<{ ends: (string | null)[] }>(DELETE_DOCUMENT_CYPHER, { id });
    if (row === undefined) throw new NotFoundError(`No document ${id}`);
    const ids = [...new Set(row.ends.filter((end): end is string => end !== null))];
    await run(DELETE_ORPHANS_CYPHER, { ids });
  });
}
