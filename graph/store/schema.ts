import { RELATIONSHIP_TYPES } from '../model/vocabulary.js';
import type { Store } from './open-store.js';
import { toStoreError } from './map-driver-error.js';
import { runQuery } from './run-query.js';

// Community Edition allows only uniqueness constraints; each also gives a range index on id,
// which every MERGE/MATCH by id uses.
const CONSTRAINTS_CYPHER = [
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  // A merged-away extraction key points at exactly one surviving entity (API curation).
  'CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (n:Alias) REQUIRE n.key IS UNIQUE',
];

const NODE_INDEXES_CYPHER = [
  'CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type)',
  'CREATE INDEX entity_jurisdiction IF NOT EXISTS FOR (n:Entity) ON (n.jurisdiction)',
  'CREATE INDEX agency_jurisdiction IF NOT EXISTS FOR (n:Agency) ON (n.jurisdiction)',
  // Citation resolution looks up a cited 《title》 among Policy names and Document titles.
  'CREATE INDEX policy_name IF NOT EXISTS FOR (n:Policy) ON (n.name)',
  'CREATE INDEX task_document IF NOT EXISTS FOR (n:Task) ON (n.documentId)',
  'CREATE INDEX target_metric IF NOT EXISTS FOR (n:Target) ON (n.metric)',
  'CREATE INDEX target_document IF NOT EXISTS FOR (n:Target) ON (n.documentId)',
  'CREATE INDEX document_jurisdiction IF NOT EXISTS FOR (n:Document) ON (n.jurisdiction)',
  'CREATE INDEX document_content_hash IF NOT EXISTS FOR (n:Document) ON (n.contentHash)',
  'CREATE INDEX document_source IF NOT EXISTS FOR (n:Document) ON (n.source)',
  'CREATE INDEX document_title IF NOT EXISTS FOR (n:Document) ON (n.title)',
];

// Re-ingesting a document deletes the relationships whose documentId is its own; without an
// index per type that would scan every relationship of the graph once per document.
// DIFFERENT_FROM is a curation only, never written by ingestion.
const RELATIONSHIP_INDEXES_CYPHER = RELATIONSHIP_TYPES.filter(
  (type) => type !== 'DIFFERENT_FROM',
).map(
  (type) =>
    `CREATE INDEX rel_${type.toLowerCase()}_document IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.documentId)`,
);

// The cjk analyzer indexes Han text as overlapping bigrams, so any two-character part of a
// name finds it; searchText also holds the traditional forms the documents used.
// Eventually consistent: a synchronous full-text index refreshes its Lucene reader inside every
// commit, which more than doubled the cost of saving a document; writers that need their
// writes searchable at once call awaitSearchIndexes (saveDocument does by default).
const FULLTEXT_OPTIONS =
  "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}}";
const FULLTEXT_INDEXES_CYPHER = [
  `CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.searchText] ${FULLTEXT_OPTIONS}`,
  `CREATE FULLTEXT INDEX documentTitles IF NOT EXISTS FOR (n:Document) ON EACH [n.title] ${FULLTEXT_OPTIONS}`,
];

const AWAIT_INDEXES_CYPHER = 'CALL db.awaitIndexes(300)';

/** Creates constraints and indexes if missing (idempotent) and waits until they are online. */
export async function ensureSchema(store: Store): Promise<void> {
  try {
    // Schema commands may not share a transaction with one another; each runs alone.
    for (const cypher of [
      ...CONSTRAINTS_CYPHER,
      ...NODE_INDEXES_CYPHER,
      ...RELATIONSHIP_INDEXES_CYPHER,
      ...FULLTEXT_INDEXES_CYPHER,
    ]) {
      await runQuery(store, cypher, {}, 'WRITE');
    }
    await runQuery(store, AWAIT_INDEXES_CYPHER, {}, 'WRITE');
  } catch (error) {
    throw toStoreError(error);
  }
}
