import { toSimplified } from '../extract/to-simplified.js';
import { RELATIONSHIP_TYPES } from '../model/vocabulary.js';
import type { Store } from './open-store.js';
import { runCuration } from './curate-transaction.js';
import { CurationRejectedError, NotFoundError } from './read-errors.js';
import { entityOf } from './read-projections.js';
import type { EntityRecord } from './read-records.js';

/** How curations return an entity (the projection's decoding is the same whatever its variable). */
const ENTITY = entityOf('e');

const FIND_PAIR_CYPHER = `
OPTIONAL MATCH (k:Entity {id: $keepId})
OPTIONAL MATCH (m:Entity {id: $mergeId})
RETURN k.type AS keepType, m.type AS mergeType,
  CASE WHEN k IS NULL OR m IS NULL THEN false ELSE EXISTS { (k)-[:DIFFERENT_FROM]-(m) } END AS different`;

// Relationships are moved type by type (types cannot be parameters; these come from the
// vocabulary, plus ALIAS_OF so earlier merges into `merge` now point at `keep`). Relationships
// between the two would become self-loops and are dropped with the merged node.
const MOVE_RELATIONSHIPS_CYPHER = `
MATCH (k:Entity {id: $keepId}), (m:Entity {id: $mergeId})
${[...RELATIONSHIP_TYPES, 'ALIAS_OF']
  .map(
    (type) => `CALL (k, m) {
  MATCH (m)-[r:${type}]->(x) WHERE x <> k
  CREATE (k)-[moved:${type}]->(x) SET moved = properties(r)
  DELETE r
}
CALL (k, m) {
  MATCH (x)-[r:${type}]->(m) WHERE x <> k
  CREATE (x)-[moved:${type}]->(k) SET moved = properties(r)
  DELETE r
}`,
  )
  .join('\n')}
RETURN count(*) AS done`;

// The merged key becomes an Alias of the kept entity: saveDocument maps extraction keys through
// (:Alias)-[:ALIAS_OF]-> so re-ingesting a document does not split the two again.
const FOLD_MERGED_CYPHER = `
MATCH (k:Entity {id: $keepId}), (m:Entity {id: $mergeId})
WITH k, m, [name IN [m.name] + coalesce(m.aliases, []) + coalesce(k.aliases, []) WHERE name <> k.name] AS names
SET k.aliases = reduce(acc = [], name IN names | CASE WHEN name IN acc THEN acc ELSE acc + name END),
  k.searchText = reduce(text = coalesce(k.searchText, k.name), term IN split(coalesce(m.searchText, m.name), ' ') |
    CASE WHEN term IN split(text, ' ') THEN text ELSE trim(text + ' ' + term) END),
  k.curated = true
WITH k, m
UNWIND [key IN [m.key, m.id] WHERE key IS NOT NULL] AS key
MERGE (alias:Alias {key: key})
SET alias.name = m.name, alias.type = m.type, alias.curated = true
MERGE (alias)-[:ALIAS_OF]->(k)
WITH DISTINCT k, m
DETACH DELETE m
RETURN ${entityOf('k').cypher} AS entity`;

const MARK_DIFFERENT_CYPHER = `
MATCH (a:Entity {id: $aId}), (b:Entity {id: $bId})
MERGE (a)-[r:DIFFERENT_FROM]-(b)
ON CREATE SET r.curated = true, r.createdAt = datetime()
RETURN ${entityOf('a').cypher} AS a, ${entityOf('b').cypher} AS b`;

// The old name stays an alias and a search term, so finding it by either name still works.
const RENAME_ENTITY_CYPHER = `
MATCH (e:Entity {id: $id})
WITH e, [name IN coalesce(e.aliases, []) + [e.name] WHERE name <> $name] AS names
SET e.aliases = reduce(acc = [], name IN names | CASE WHEN name IN acc THEN acc ELSE acc + name END),
  e.searchText = reduce(text = coalesce(e.searchText, e.name), term IN $terms |
    CASE WHEN term IN split(text, ' ') THEN text ELSE trim(text + ' ' + term) END),
  e.name = $name,
  e.curated = true
RETURN ${entityOf('e').cypher} AS entity`;

/** Folds `mergeId` into `keepId` and remembers the merge (see FOLD_MERGED_CYPHER). */
export function mergeEntities(
  store: Store,
  keepId: string,
  mergeId: string,
): Promise<EntityRecord> {
  if (keepId === mergeId) throw new CurationRejectedError('An entity cannot be merged into itself');
  return runCuration(store, async (run) => {
    const [pair] = await run<{
      keepType: string | null;
      mergeType: string | null;
      different: boolean;
    }>(FIND_PAIR_CYPHER, { keepId, mergeId });
    if (!pair?.keepType) throw new NotFoundError(`No entity ${keepId}`);
    if (!pair.mergeType) throw new NotFoundError(`No entity ${mergeId}`);
    if (pair.keepType !== pair.mergeType) {
      throw new CurationRejectedError(`Cannot merge a ${pair.mergeType} into a ${pair.keepType}`);
    }
    if (pair.different) {
      throw new CurationRejectedError('These entities were marked different; unmark them first');
    }
    await run(MOVE_RELATIONSHIPS_CYPHER, { keepId, mergeId });
    const [row] = await run<{ entity: unknown }>(FOLD_MERGED_CYPHER, { keepId, mergeId });
    if (row === undefined) throw new NotFoundError(`No entity ${keepId}`);
    return ENTITY.decode(row.entity);
  });
}

/** Records that two entities must never be merged (a curated DIFFERENT_FROM). */
export function markDifferent(
  store: Store,
  aId: string,
  bId: string,
): Promise<{ a: EntityRecord; b: EntityRecord }> {
  if (aId === bId) throw new CurationRejectedError('An entity cannot differ from itself');
  return runCuration(store, async (run) => {
    const [row] = await run<{ a: unknown; b: unknown }>(MARK_DIFFERENT_CYPHER, {
      aId,
      bId,
    });
    if (row === undefined) throw new NotFoundError(`No entity ${aId} or ${bId}`);
    return { a: ENTITY.decode(row.a), b: ENTITY.decode(row.b) };
  });
}

/** Gives an entity a curated display name that re-ingestion keeps. */
export function renameEntity(store: Store, id: string, name: string): Promise<EntityRecord> {
  const trimmed = name.trim();
  if (trimmed === '') throw new CurationRejectedError('A name cannot be empty');
  const terms = [...new Set([trimmed, toSimplified(trimmed)].flatMap((t) => t.split(/\s+/)))];
  return runCuration(store, async (run) => {
    const [row] = await run<{ entity: unknown }>(RENAME_ENTITY_CYPHER, {
      id,
      name: trimmed,
      terms,
    });
    if (row === undefined) throw new NotFoundError(`No entity ${id}`);
    return ENTITY.decode(row.entity);
  });
}
