import type { Store } from './open-store.js';
import { readQuery } from './read-query.js';
import { findRowsWithEvidence } from './read-evidence-rows.js';
import { documentOf, evidenceOf } from './read-projections.js';
import type { DocumentRecord, MentionRecord } from './read-records.js';

const EVIDENCE = evidenceOf('r');
const DOCUMENT = documentOf('d');

// A document's mentions include its tasks' mentions: the reader highlights them all.
const FIND_MENTIONS_BY_DOCUMENT_IDS_CYPHER = `
UNWIND $ids AS id
MATCH (x)-[r:MENTIONS {documentId: id}]->(e:Entity)
WITH x, r, e ORDER BY r.start
RETURN { fromId: x.id, documentId: r.documentId, entityId: e.id, evidence: ${EVIDENCE.cypher} } AS row`;

const FIND_MENTIONS_BY_TASK_IDS_CYPHER = `
UNWIND $ids AS id
MATCH (t:Task {id: id})-[r:MENTIONS]->(e:Entity)
WITH t, r, e ORDER BY r.start
RETURN { fromId: t.id, documentId: r.documentId, entityId: e.id, evidence: ${EVIDENCE.cypher} } AS row`;

// Every document with a relationship to the entity (mentions, owners' tasks, issuers, citations).
const FIND_DOCUMENTS_BY_ENTITY_IDS_CYPHER = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]-() WHERE r.documentId IS NOT NULL
  WITH DISTINCT r.documentId AS documentId
  MATCH (d:Document {id: documentId})
  RETURN d
}
WITH e, d ORDER BY coalesce(d.date, '') DESC, d.id
RETURN e.id AS entityId, ${DOCUMENT.cypher} AS document`;

/** Mentions stated in the documents' text, by the document itself or by one of its tasks. */
export function findMentionsByDocumentIds(
  store: Store,
  documentIds: readonly string[],
): Promise<MentionRecord[]> {
  return findRowsWithEvidence(store, FIND_MENTIONS_BY_DOCUMENT_IDS_CYPHER, documentIds, EVIDENCE);
}

export function findMentionsByTaskIds(
  store: Store,
  taskIds: readonly string[],
): Promise<MentionRecord[]> {
  return findRowsWithEvidence(store, FIND_MENTIONS_BY_TASK_IDS_CYPHER, taskIds, EVIDENCE);
}

/** Documents that state something about each entity, newest first. */
export async function findDocumentsByEntityIds(
  store: Store,
  entityIds: readonly string[],
): Promise<{ entityId: string; document: DocumentRecord }[]> {
  if (entityIds.length === 0) return [];
  const rows = await readQuery<{ entityId: string; document: unknown }>(
    store,
    FIND_DOCUMENTS_BY_ENTITY_IDS_CYPHER,
    { ids: entityIds },
  );
  return rows.map((row) => ({ entityId: row.entityId, document: DOCUMENT.decode(row.document) }));
}
