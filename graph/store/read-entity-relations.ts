import { ENTITY_RELATION_TYPES } from '../model/vocabulary.js';
import type { Store } from './open-store.js';
import { readQuery } from './read-query.js';
import { evidenceOf, withEvidence } from './read-projections.js';
import type { EntityRelationRecord } from './read-records.js';

const EVIDENCE = evidenceOf('r');

// Both directions; an edge between two asked-for entities comes back once per end, which the
// caller groups by the id it asked for (`entityId`).
const FIND_RELATIONS_BY_ENTITY_IDS_CYPHER = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[r]-(other:Entity)
WHERE type(r) IN $types
WITH e, r ORDER BY type(r), r.start
RETURN e.id AS entityId, { id: elementId(r), type: type(r), sourceId: startNode(r).id,
  targetId: endNode(r).id, curated: coalesce(r.curated, false), evidence: ${EVIDENCE.cypher} } AS row`;

const FIND_DIFFERENT_BY_ENTITY_IDS_CYPHER = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[:DIFFERENT_FROM]-(other:Entity)
RETURN DISTINCT e.id AS entityId, other.id AS otherId`;

export async function findRelationsByEntityIds(
  store: Store,
  entityIds: readonly string[],
): Promise<{ entityId: string; row: EntityRelationRecord }[]> {
  if (entityIds.length === 0) return [];
  const rows = await readQuery<{
    entityId: string;
    row: Omit<EntityRelationRecord, 'evidence'> & { evidence: unknown };
  }>(store, FIND_RELATIONS_BY_ENTITY_IDS_CYPHER, { ids: entityIds, types: ENTITY_RELATION_TYPES });
  const decode = withEvidence<EntityRelationRecord>(EVIDENCE);
  return rows.map(({ entityId, row }) => ({ entityId, row: decode(row) }));
}

/** Pairs a curator marked as different, from each asked-for entity's side. */
export async function findDifferentByEntityIds(
  store: Store,
  entityIds: readonly string[],
): Promise<{ entityId: string; otherId: string }[]> {
  if (entityIds.length === 0) return [];
  return readQuery(store, FIND_DIFFERENT_BY_ENTITY_IDS_CYPHER, { ids: entityIds });
}
