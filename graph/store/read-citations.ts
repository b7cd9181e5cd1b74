import type { Store } from './open-store.js';
import { findRowsWithEvidence } from './read-evidence-rows.js';
import { evidenceOf } from './read-projections.js';
import type { CitationRecord, IssuerRecord } from './read-records.js';

const EVIDENCE = evidenceOf('r');

// Ingestion writes document → Policy for every 《title》 and, when the title is an ingested
// document's, also document → Document carrying the Policy's id: fold the two into one edge.
const FIND_CITATIONS_BY_DOCUMENT_IDS_CYPHER = `
UNWIND $ids AS id
MATCH (d:Document {id: id})-[r:CITES]->(p:Policy)
OPTIONAL MATCH (d)-[link:CITES {policyId: p.id}]->(cited:Document)
WITH d, r, p, head(collect(cited.id)) AS citedId
ORDER BY r.start
RETURN { citingId: d.id, citedDocumentId: citedId, policyId: p.id, title: p.name,
  evidence: ${EVIDENCE.cypher} } AS row
UNION ALL
UNWIND $ids AS id
MATCH (d:Document {id: id})-[r:CITES]->(cited:Document)
WHERE r.policyId IS NULL
RETURN { citingId: d.id, citedDocumentId: cited.id, policyId: null,
  title: coalesce(cited.title, cited.id), evidence: ${EVIDENCE.cypher} } AS row`;

const FIND_CITING_BY_DOCUMENT_IDS_CYPHER = `
UNWIND $ids AS id
MATCH (citing:Document)-[r:CITES]->(d:Document {id: id})
WITH citing, r, d ORDER BY coalesce(citing.date, '') DESC
RETURN { citingId: citing.id, citedDocumentId: d.id, policyId: r.policyId,
  title: coalesce(d.title, d.id), evidence: ${EVIDENCE.cypher} } AS row`;

const FIND_ISSUERS_BY_DOCUMENT_IDS_CYPHER = `
UNWIND $ids AS id
MATCH (d:Document {id: id})-[r:ISSUED_BY]->(a:Entity)
RETURN { documentId: d.id, agencyId: a.id, evidence: ${EVIDENCE.cypher} } AS row`;

const FIND_ISSUED_BY_AGENCY_IDS_CYPHER = `
UNWIND $ids AS id
MATCH (d:Document)-[:ISSUED_BY]->(a:Entity {id: id})
WITH DISTINCT a, d ORDER BY coalesce(d.date, '') DESC
RETURN { documentId: d.id, agencyId: a.id, evidence: null } AS row`;

/** What each document cites: `citingId` is the document asked for. */
export function findCitationsByDocumentIds(
  store: Store,
  documentIds: readonly string[],
): Promise<CitationRecord[]> {
  return findRowsWithEvidence(store, FIND_CITATIONS_BY_DOCUMENT_IDS_CYPHER, documentIds, EVIDENCE);
}

/** Ingested documents citing each document: `citedDocumentId` is the document asked for. */
export function findCitingByDocumentIds(
  store: Store,
  documentIds: readonly string[],
): Promise<CitationRecord[]> {
  return findRowsWithEvidence(store, FIND_CITING_BY_DOCUMENT_IDS_CYPHER, documentIds, EVIDENCE);
}

export function findIssuersByDocumentIds(
  store: Store,
  documentIds: readonly string[],
): Promise<IssuerRecord[]> {
  return findRowsWithEvidence(store, FIND_ISSUERS_BY_DOCUMENT_IDS_CYPHER, documentIds, EVIDENCE);
}

/** Documents each agency issued (evidence left out: one row per document). */
export function findIssuedByAgencyIds(
  store: Store,
  agencyIds: readonly string[],
): Promise<IssuerRecord[]> {
  return findRowsWithEvidence(store, FIND_ISSUED_BY_AGENCY_IDS_CYPHER, agencyIds, EVIDENCE);
}
