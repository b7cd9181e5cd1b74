import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { ENTITY_RELATION_TYPES, ENTITY_TYPES } from '../model/vocabulary.js';
import type { EntityType } from '../model/vocabulary.js';
import { toDocumentRows } from './document-rows.js';
import type { DocumentRows, RelationRow, SaveDocumentInput } from './document-rows.js';
import { countRows, EXTRACTED_RELATION_TYPES } from './document-rows.js';
import { awaitSearchIndexes } from './await-search-indexes.js';
import { toStoreError } from './map-driver-error.js';
import type { Store } from './open-store.js';

// Relationship types whose instances carry the documentId of the document that stated them.
const DOCUMENT_RELATION_TYPES = [
  ...EXTRACTED_RELATION_TYPES,
  'HAS_TASK',
  'HAS_TARGET',
  'SETS_TARGET',
];

// A document is saved by one statement (so one round trip and a commit, whatever its size),
// assembled below from one block per group of facts; a group the document lacks is an UNWIND
// over an empty list. Planning it takes seconds, so it is planned once per server: Neo4j would
// replan whenever its statistics move while ingestion grows the graph (the plan is index
// seeks that suit any size, so the cached one is kept), and it keys its plan cache on the types
// and sizes of top-level parameters, so every value travels inside one map, $batch.
const KEEP_PLAN = 'CYPHER replan=skip';

/**
 * First, remove what the previous ingestion of this document wrote, except manual curations
 * (`curated: true`), keeping the ids at either end of what was removed so that entities left
 * with nothing can be deleted once the new facts are in. Tasks and targets the new extraction
 * still has keep their nodes (and curated relationships on them). One block per relationship
 * type, so each uses its documentId index.
 */
const CLEAR_DOCUMENT_CYPHER = `${DOCUMENT_RELATION_TYPES.map(
  (type, index) => `CALL () {
  MATCH (a)-[r:${type} {documentId: $batch.document.id}]->(b)
  WHERE coalesce(r.curated, false) = false
  DELETE r
  RETURN collect(a.id) + collect(b.id) AS ends${index}
}`,
).join('\n')}
CALL () {
  MATCH (:Document)-[r:CITES]->(:Document {id: $batch.document.id})
  WHERE coalesce(r.curated, false) = false
  DELETE r
}
CALL () {
  MATCH (task:Task {documentId: $batch.document.id})
  WHERE NOT task.id IN [row IN $batch.tasks | row.id]
  DETACH DELETE task
}
CALL () {
  MATCH (target:Target {documentId: $batch.document.id})
  WHERE NOT target.id IN [row IN $batch.targets | row.id]
  DETACH DELETE target
}
WITH ${DOCUMENT_RELATION_TYPES.map((_, index) => `ends${index}`).join(' + ')} AS formerEnds`;

/** Extraction keys a curation merged into another entity: (:Alias {key})-[:ALIAS_OF]->. */
const FIND_ALIASES_CYPHER = `CALL () {
  UNWIND $batch.aliasKeys AS key
  MATCH (:Alias {key: key})-[:ALIAS_OF]->(entity:Entity)
  RETURN collect([key, entity.id]) AS aliases
}`;

/** An entity id, or the id of the entity a curation merged it into. */
function resolveAlias(id: string): string {
  return `coalesce(head([pair IN aliases WHERE pair[0] = ${id} | pair[1]]), ${id})`;
}

const SAVE_DOCUMENT_NODE_CYPHER = `MERGE (document:Document {id: $batch.document.id})
SET document += $batch.document
WITH document, formerEnds, aliases`;

/**
 * One block per entity label (labels cannot be parameters). MERGE on :Entity alone, so a key
 * merged into an entity of another type still lands on it; aliases and search terms are a
 * union with what other documents gave.
 */
const SAVE_ENTITIES_CYPHER = Object.fromEntries(
  ENTITY_TYPES.map((label) => [
    label,
    `CALL (aliases) {
  UNWIND $batch.entities.${label} AS row
  WITH row, ${resolveAlias('row.id')} AS id
  MERGE (entity:Entity {id: id})
  ON CREATE SET
    entity:${label},
    entity.key = row.key,
    entity.name = row.name,
    entity.type = row.type,
    entity.aliases = row.aliases,
    entity.searchText = row.searchText,
    entity.jurisdiction = row.jurisdiction,
    entity.collective = row.collective
  ON MATCH SET
    entity.aliases = coalesce(entity.aliases, []) + [alias IN [row.name] + row.aliases
      WHERE alias <> entity.name AND NOT alias IN coalesce(entity.aliases, [])],
    entity.searchText = reduce(text = coalesce(entity.searchText, ''), term IN row.searchTerms |
      CASE WHEN term IN split(text, ' ') THEN text ELSE trim(text + ' ' + term) END)
}`,
  ]),
) as Record<EntityType, string>;

const SAVE_TASKS_CYPHER = `CALL (document) {
  UNWIND $batch.tasks AS row
  MERGE (task:Task {id: row.id})
  SET
    task.documentId = row.documentId,
    task.key = row.key,
    task.number = row.number,
    task.section = row.section,
    task.title = row.title,
    task.body = row.body,
    task.deadline = row.deadline,
    task.start = toInteger(row.start),
    task.end = toInteger(row.end)
  CREATE (document)-[:HAS_TASK {documentId: document.id}]->(task)
}`;

const SAVE_TARGETS_CYPHER = `CALL (document) {
  UNWIND $batch.targets AS row
  MERGE (target:Target {id: row.id})
  SET
    target.documentId = row.documentId,
    target.key = row.key,
    target.metric = row.metric,
    target.value = row.value,
    target.unit = row.unit,
    target.year = toInteger(row.year),
    target.recurring = row.recurring,
    target.comparator = row.comparator,
    target.kind = row.kind,
    target.section = row.section,
    target.start = toInteger(row.start),
    target.end = toInteger(row.end),
    target.sentence = row.sentence,
    target.sentenceStart = toInteger(row.sentenceStart),
    target.match = row.match,
    target.rule = row.rule
  CREATE (document)-[:HAS_TARGET {documentId: document.id}]->(target)
  WITH target, row
  WHERE row.taskId IS NOT NULL
  MATCH (task:Task {id: row.taskId})
  CREATE (task)-[:SETS_TARGET {documentId: document.id}]->(target)
}`;

/**
 * One block per relationship type (types cannot be parameters). The start is a document, a
 * task or an entity; the ids of the three never coincide, so three index seeks find it.
 */
// A relation between entities that a curator removed leaves a mark on its start entity
// (curate-relations.ts): such a relation is not created again. Only those blocks read marks.
function keepRemovedOut(type: string): string {
  return (ENTITY_RELATION_TYPES as readonly string[]).includes(type)
    ? `  WHERE NOT '${type}|' + b.id IN coalesce(a.removedRelations, [])\n`
    : '';
}

const SAVE_RELATIONS_CYPHER = EXTRACTED_RELATION_TYPES.map(
  (type) => `CALL (aliases) {
  UNWIND $batch.relations.${type} AS row
  WITH row, ${resolveAlias('row.fromId')} AS fromId, ${resolveAlias('row.toId')} AS toId
  OPTIONAL MATCH (document:Document {id: fromId})
  OPTIONAL MATCH (task:Task {id: fromId})
  OPTIONAL MATCH (entity:Entity {id: fromId})
  WITH row, toId, coalesce(document, task, entity) AS a
  WHERE a IS NOT NULL
  MATCH (b:Entity {id: toId})
${keepRemovedOut(type)}  CREATE (a)-[r:${type}]->(b)
  SET r = row.props,
    r.start = toInteger(row.props.start),
    r.end = toInteger(row.props.end),
    r.sentenceStart = toInteger(row.props.sentenceStart)
}`,
);

/**
 * A citation of a 《title》 that is an ingested document's title also links the two documents,
 * whichever of them arrived first: this document's citations, and other documents' citations
 * of this document's title. Each link belongs to (and is replaced with) the citing document.
 */
const RESOLVE_CITATIONS_CYPHER = `CALL (document) {
  MATCH (document)-[citation:CITES]->(policy:Policy)
  MATCH (cited:Document {title: policy.name})
  WHERE cited <> document
  MERGE (document)-[r:CITES {documentId: citation.documentId, policyId: policy.id}]->(cited)
  ON CREATE SET r.start = citation.start, r.end = citation.end, r.sentence = citation.sentence,
    r.sentenceStart = citation.sentenceStart, r.match = citation.match, r.rule = citation.rule
}
CALL (document) {
  MATCH (citing:Document)-[citation:CITES]->(policy:Policy {name: document.title})
  WHERE citing <> document AND citation.documentId = citing.id
  MERGE (citing)-[r:CITES {documentId: citation.documentId, policyId: policy.id}]->(document)
  ON CREATE SET r.start = citation.start, r.end = citation.end, r.sentence = citation.sentence,
    r.sentenceStart = citation.sentenceStart, r.match = citation.match, r.rule = citation.rule
}`;

/** Entities that lost their last relationship to this re-ingestion, unless a curator made them. */
const DELETE_ORPHAN_ENTITIES_CYPHER = `CALL (formerEnds) {
  UNWIND formerEnds AS id
  MATCH (entity:Entity {id: id})
  WHERE coalesce(entity.curated, false) = false AND NOT EXISTS { (entity)--() }
  DELETE entity
}`;

const SAVE_DOCUMENT_CYPHER = [
  KEEP_PLAN,
  CLEAR_DOCUMENT_CYPHER,
  FIND_ALIASES_CYPHER,
  SAVE_DOCUMENT_NODE_CYPHER,
  ...ENTITY_TYPES.map((label) => SAVE_ENTITIES_CYPHER[label]),
  SAVE_TASKS_CYPHER,
  SAVE_TARGETS_CYPHER,
  ...SAVE_RELATIONS_CYPHER,
  RESOLVE_CITATIONS_CYPHER,
  DELETE_ORPHAN_ENTITIES_CYPHER,
].join('\n');

export interface SaveDocumentOptions {
  /**
   * Wait until the full-text indexes include this document before returning (default true).
   * A bulk load passes false and calls awaitSearchIndexes once at the end.
   */
  awaitSearch?: boolean;
}

export interface SaveDocumentResult {
  documentId: string;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  /** Rows written: the document, its entities, tasks, targets and relationships. */
  facts: number;
  /** Relations of the extraction left out because one end was unknown. */
  dropped: number;
}

/**
 * Writes one document and its extracted facts in one transaction, replacing what an earlier
 * ingestion of the same document id wrote; other documents' facts, shared entities and
 * curations stay. Every group of facts is one `UNWIND` block of two fixed statements (clear,
 * then save), so a document costs two round trips and a commit whatever its size.
 * A failure rolls the whole document back.
 */
export async function saveDocument(
  store: Store,
  input: SaveDocumentInput,
  options: SaveDocumentOptions = {},
): Promise<SaveDocumentResult> {
  const session = store.driver.session({ database: store.database });
  let result: SaveDocumentResult;
  try {
    result = await session.executeWrite(async (tx) => {
      store.stats.roundTrips += 1;
      return writeDocument(tx, input);
    });
  } catch (error) {
    throw toStoreError(error);
  } finally {
    await session.close();
  }
  if (options.awaitSearch !== false) await awaitSearchIndexes(store);
  return result;
}

async function writeDocument(
  tx: ManagedTransaction,
  input: SaveDocumentInput,
): Promise<SaveDocumentResult> {
  const rows = toDocumentRows(input);
  const saved = await tx.run(SAVE_DOCUMENT_CYPHER, { batch: toSaveParams(rows) });
  return summarise(input.id, rows, [saved]);
}

function toSaveParams(rows: DocumentRows): Record<string, unknown> {
  const relations = Object.fromEntries(
    EXTRACTED_RELATION_TYPES.map((type) => [type, [] as RelationRow[]]),
  );
  for (const [key, group] of Object.entries(rows.relations)) {
    relations[key.slice(0, key.indexOf(':'))]?.push(...group);
  }
  return {
    document: rows.document,
    aliasKeys: Object.values(rows.entities).flatMap((group) => group.map((row) => row.key)),
    entities: rows.entities,
    tasks: rows.tasks,
    targets: rows.targets,
    relations,
  };
}

function summarise(
  documentId: string,
  rows: DocumentRows,
  results: QueryResult[],
): SaveDocumentResult {
  const result: SaveDocumentResult = {
    documentId,
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    facts: countRows(rows),
    dropped: rows.dropped,
  };
  for (const { summary } of results) {
    const updates = summary.counters.updates();
    result.nodesCreated += updates.nodesCreated;
    result.nodesDeleted += updates.nodesDeleted;
    result.relationshipsCreated += updates.relationshipsCreated;
    result.relationshipsDeleted += updates.relationshipsDeleted;
  }
  return result;
}
