import { ENTITY_RELATION_TYPES } from '../model/vocabulary.js';
import type { EntityRelationType } from '../model/vocabulary.js';
import type { Store } from './open-store.js';
import { runCuration } from './curate-transaction.js';
import { NotFoundError } from './read-errors.js';
import { evidenceOf, withEvidence } from './read-projections.js';
import type { EntityRelationRecord } from './read-records.js';

const EVIDENCE = evidenceOf('r');

// One query per type: relationship types cannot be parameters, and these come from the vocabulary.
// Adding a relation takes back an earlier removal of the same one (see REMOVE_RELATION_CYPHER).
const ADD_RELATION_CYPHER = Object.fromEntries(
  ENTITY_RELATION_TYPES.map((type) => [
    type,
    `
MATCH (s:Entity {id: $sourceId}), (t:Entity {id: $targetId})
CREATE (s)-[r:${type} {curated: true, createdAt: datetime()}]->(t)
WITH s, t, r
CALL (s, t) {
  WITH s, t WHERE s.removedRelations IS NOT NULL
  SET s.removedRelations = [mark IN s.removedRelations WHERE mark <> '${type}|' + t.id]
}
RETURN { id: elementId(r), type: type(r), sourceId: s.id, targetId: t.id, curated: true,
  evidence: ${EVIDENCE.cypher} } AS row`,
  ]),
) as Record<EntityRelationType, string>;

/** Curated and extracted entity relations, and DIFFERENT_FROM (to undo markDifferent). */
const REMOVABLE_TYPES = [...ENTITY_RELATION_TYPES, 'DIFFERENT_FROM'];

// Removing an extracted relation leaves a mark on its start entity ('LOCATED_IN|<target id>'),
// which saveDocument honours: re-ingesting the text does not bring the relation back.
const REMOVE_RELATION_CYPHER = `
MATCH (s)-[r]->(t)
WHERE elementId(r) = $id AND type(r) IN $types
WITH s, t, r, type(r) + '|' + t.id AS mark,
  type(r) <> 'DIFFERENT_FROM' AND NOT coalesce(r.curated, false) AS extracted
DELETE r
WITH s, mark, extracted
CALL (s, mark, extracted) {
  WITH s, mark WHERE extracted
  SET s.removedRelations = [m IN coalesce(s.removedRelations, []) WHERE m <> mark] + mark
}
RETURN count(*) AS removed`;

/** Adds a curated relation between two entities. */
export function addRelation(
  store: Store,
  input: { sourceId: string; targetId: string; type: EntityRelationType },
): Promise<EntityRelationRecord> {
  return runCuration(store, async (run) => {
    const [row] = await run<{
      row: Omit<EntityRelationRecord, 'evidence'> & { evidence: unknown };
    }>(ADD_RELATION_CYPHER[input.type], {
      sourceId: input.sourceId,
      targetId: input.targetId,
    });
    if (row === undefined)
      throw new NotFoundError(`No entity ${input.sourceId} or ${input.targetId}`);
    return withEvidence<EntityRelationRecord>(EVIDENCE)(row.row);
  });
}

/**
 * Removes one entity → entity relationship by element id. An extracted one stays removed when
 * its document (or another saying the same) is ingested again; adding it back undoes that.
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
