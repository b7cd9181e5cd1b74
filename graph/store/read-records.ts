import type { EntityRelationType, EntityType, MatchKind, OwnerRole } from '../model/vocabulary.js';

// What the store's read functions return: plain objects in the domain's own vocabulary
// (role 'lead', comparator '>='); the API maps them to GraphQL enums.

export interface EvidenceRecord {
  documentId: string;
  start: number;
  end: number;
  sentence: string;
  sentenceStart: number;
  match: MatchKind;
  rule: string;
}

/** A document without its text (texts are loaded only where asked for). */
export interface DocumentRecord {
  id: string;
  title: string | null;
  issuer: string | null;
  docNumber: string | null;
  date: string | null;
  publishedDate: string | null;
  effectiveDate: string | null;
  jurisdiction: string | null;
  kind: string | null;
  validity: string | null;
  source: string | null;
  format: string | null;
  contentHash: string | null;
}

export interface TaskRecord {
  id: string;
  documentId: string;
  key: string;
  number: string;
  section: string;
  title: string;
  body: string;
  deadline: string | null;
  start: number;
  end: number;
}

export interface TargetRecord {
  id: string;
  documentId: string;
  key: string;
  metric: string;
  value: number;
  unit: string;
  year: number | null;
  recurring: boolean;
  comparator: string;
  kind: string;
  section: string;
  start: number;
  end: number;
  sentence: string;
  /** Where `sentence` starts in the text; null for targets saved before it was stored. */
  sentenceStart: number | null;
  /** How the target was found (MatchKind) and by which rule; null as for sentenceStart. */
  match: string | null;
  rule: string | null;
  /** The task that sets it (SETS_TARGET), or null. */
  taskId: string | null;
}

export interface EntityRecord {
  id: string;
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  jurisdiction: string | null;
  collective: boolean;
  curated: boolean;
}

/** An ASSIGNED_TO relationship. */
export interface AssignmentRecord {
  /** The relationship's element id. */
  id: string;
  taskId: string;
  agencyId: string;
  role: OwnerRole;
  explicit: boolean;
  collective: boolean;
  name: string;
  curated: boolean;
  evidence: EvidenceRecord | null;
}

/** A MENTIONS relationship from a document or one of its tasks. */
export interface MentionRecord {
  /** The document or task that mentions. */
  fromId: string;
  /** The document whose text states it. */
  documentId: string;
  entityId: string;
  evidence: EvidenceRecord | null;
}

/** An ISSUED_BY relationship. */
export interface IssuerRecord {
  documentId: string;
  agencyId: string;
  evidence: EvidenceRecord | null;
}

/** A CITES relationship, or two (document → Policy and document → Document) folded into one. */
export interface CitationRecord {
  citingId: string;
  citedDocumentId: string | null;
  policyId: string | null;
  title: string;
  evidence: EvidenceRecord | null;
}

export interface EntityRelationRecord {
  id: string;
  type: EntityRelationType;
  sourceId: string;
  targetId: string;
  curated: boolean;
  evidence: EvidenceRecord | null;
}
