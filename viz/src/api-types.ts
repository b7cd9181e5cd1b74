// The shapes the viewer's operations return, written by hand from api/schema/*.graphql.
// operations.test.ts validates every operation against that SDL, so a renamed field fails there.
import type { EntityKind } from './entity-kind.js';
import type { EdgeKind, NodeKind } from './node-kinds.js';

export type OwnerRole = 'LEAD' | 'SUPPORT';
export type MatchKind = 'EXACT' | 'NORMALISED' | 'INFERRED';
export type TargetKind = 'TARGET' | 'ACTUAL';
export type AnnotationKind = 'ENTITY' | 'TASK' | 'TARGET' | 'OWNER';

export interface Evidence {
  sentence: string;
  start: number;
  end: number;
  sentenceStart: number;
  documentId: string;
  match: MatchKind;
  rule: string;
}

export interface GraphNode {
  id: string;
  type: NodeKind;
  label: string;
  properties: Record<string, unknown>;
  degree: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: EdgeKind;
  role: OwnerRole | null;
  evidence: Evidence | null;
  curated: boolean;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  omittedCount: number;
}

export interface EntityRef {
  id: string;
  key: string;
  name: string;
  type: EntityKind;
  aliases: string[];
  jurisdiction?: string | null;
}

export interface SearchHit {
  score: number;
  matched: string;
  entity: EntityRef;
}

export interface DocumentSummary {
  id: string;
  documentId: string;
  title: string | null;
  issuer: string | null;
  docNumber: string | null;
  date: string | null;
  jurisdiction: string | null;
  kind: string | null;
  taskCount: number;
}

export interface Annotation {
  kind: AnnotationKind;
  start: number;
  end: number;
  label: string;
  nodeId: string;
  entityType: EntityKind | null;
  role: OwnerRole | null;
  taskId: string | null;
}

export interface DocumentText extends DocumentSummary {
  text: string;
  annotations: Annotation[];
}

export interface TaskRow {
  id: string;
  taskId: string;
  number: string;
  section: string;
  title: string;
  body: string;
  deadline: string | null;
  start: number;
  end: number;
  document: { id: string; documentId: string; title: string | null };
}

export interface MatrixCell {
  id: string;
  role: OwnerRole;
  explicit: boolean;
  collective: boolean;
  name: string;
  task: { id: string };
  /** The owning body: an agency, or an institution named as 责任单位. */
  owner: { id: string };
  evidence: Evidence | null;
}

export interface MatrixAgency {
  agency: { id: string; key: string; name: string; jurisdiction: string | null };
  leadCount: number;
  supportCount: number;
}

export interface ResponsibilityMatrix {
  agencies: MatrixAgency[];
  tasks: TaskRow[];
  cells: MatrixCell[];
}

export interface TargetPoint {
  id: string;
  metric: string;
  value: number;
  unit: string;
  year: number | null;
  recurring: boolean;
  comparator: string;
  kind: TargetKind;
  document: { id: string; documentId: string; title: string | null; date: string | null };
  evidence: Evidence;
}

export interface Indicator {
  metric: string;
  units: string[];
  points: TargetPoint[];
}

/** `node(id:)` for the details panel: the fields every kind shares plus its own. */
export interface NodeDetails {
  __typename: string;
  id: string;
  name?: string;
  key?: string;
  aliases?: string[];
  jurisdiction?: string | null;
  leadCount?: number;
  supportCount?: number;
  documents?: { id: string; documentId: string; title: string | null; date: string | null }[];
  documentId?: string;
  title?: string | null;
  document?: { id: string; documentId: string; title: string | null } | null;
}
