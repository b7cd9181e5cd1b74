import { ENTITY_RELATION_TYPES } from '../model/vocabulary.js';
import type { EntityRelationType } from '../model/vocabulary.js';
import type { Store } from './open-store.js';
import { runCuration } from './curate-transaction.js';
import { NotFoundError } from './read-errors.js';
import { evidenceOf } from './read-projections.js';
import type { EntityRelationRecord } from './read-records.js';

// One query per type: relationship types cannot be parameters, and these come from the vocabulary.
const ADD_RELATION_CYPHER = Object.fromEntries(
  ENTITY_RELATION_TYPES.map((type) => [
    type,
    `
MATCH (s:Entity {id: $sourceId}), (t:Entity {id: $targetId})
CREATE (s)-[r:${type} {curated: true, createdAt: datetime()}]->(t)
RETURN { id: elementId(r), type: type(r), sourceId: s.id, targetId: t.id, curated: true,
  evidence: ${evidenceOf('r')} } AS row`,
  ]),
) as Record<EntityRelationType, string>;

/** Curated and extracted entity relations, and DIFFERENT_FROM (to undo markDifferent). */
const REMOVABLE_TYPES = [...ENTITY_RELATION_TYPES, 'DIFFERENT_FROM'];

const REMOVE_RELATION_CYPHER = `
MATCH ()-[r]->()
WHERE elementId(r) = $id AND type(r) IN $types
DELETE r
RETURN count(*) AS removed`;

/** Adds a curated relation between two entities. */
export function addRelation(
  store: Store,
  input: { sourceId: string; targetId: string; type: EntityRelationType },
): Promise<EntityRelationRecord> {
  return runCuration(store, async (run) => {
    const [row] = await run<{ row: EntityRelationRecord }>(ADD_RELATION_CYPHER[input.type], {
      sourceId: input.sourceId,
      targetId: input.targetId,
    });
    if (row === undefined)
      throw new NotFoundError(`No entity ${input.sourceId} or ${input.targetId}`);
    return row.row;
  });
}

/**
 * Removes one entity → entity relationship by element id. An extracted one comes back if its
 * document is ingested again with the same text.
 */
export function removeRelation(store: Store, elementId: string): Promise<void> {
  return runCuration(store, async (run) => {
    const [row] = await run<{ removed: number }>(REMOVE_RELATION_CYPHER, {
      id: elementId,
      types: REMOVABLE_TYPES,
    });
    if (!row?.removed) throw new NotFoundError(`No removable relation ${elementId}`);
  });
}
