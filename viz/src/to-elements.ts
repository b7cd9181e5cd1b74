// Pure: a GraphQL Subgraph → Cytoscape element definitions. No cy, no DOM, so it is unit-tested
// directly and the graph view only ever adds what this returns.
import type { ElementDefinition } from 'cytoscape';
import type { Evidence, GraphEdge, GraphNode, OwnerRole, Subgraph } from './api-types.js';
import type { EdgeKind, NodeKind } from './node-kinds.js';

export interface NodeData {
  id: string;
  kind: NodeKind;
  label: string;
  degree: number;
  /** Agencies and documents: the jurisdiction filter compares this. */
  jurisdiction: string | null;
  /** Raw Document id the node belongs to (documents, tasks, targets); null for entities. */
  documentId: string | null;
  properties: Record<string, unknown>;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  role: OwnerRole | null;
  /** Set only for an inferred owner, so the stylesheet can select `[?inferred]`. */
  inferred: boolean;
  curated: boolean;
  /** Raw Document id of the evidence, for the document filter. */
  documentId: string | null;
  evidence: Evidence | null;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function toNodeData(node: GraphNode): NodeData {
  return {
    id: node.id,
    kind: node.type,
    label: node.label,
    degree: node.degree,
    jurisdiction: stringOrNull(node.properties['jurisdiction']),
    documentId: stringOrNull(node.properties['documentId']),
    properties: node.properties,
  };
}

export function toEdgeData(edge: GraphEdge): EdgeData {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    kind: edge.type,
    role: edge.role,
    inferred: edge.evidence?.match === 'INFERRED',
    curated: edge.curated,
    documentId: edge.evidence?.documentId ?? null,
    evidence: edge.evidence,
  };
}

/**
 * Nodes first, then edges, each id once. An edge is kept only when both ends are in the subgraph
 * or among `presentIds` (nodes already drawn): Cytoscape refuses an edge to a missing node.
 */
export function toElements(
  subgraph: Pick<Subgraph, 'nodes' | 'edges'>,
  presentIds: ReadonlySet<string> = new Set(),
): ElementDefinition[] {
  const nodeIds = new Set<string>();
  const elements: ElementDefinition[] = [];
  for (const node of subgraph.nodes) {
    if (nodeIds.has(node.id)) continue;
    nodeIds.add(node.id);
    elements.push({ group: 'nodes', data: toNodeData(node) });
  }
  const has = (id: string): boolean => nodeIds.has(id) || presentIds.has(id);
  const edgeIds = new Set<string>();
  for (const edge of subgraph.edges) {
    if (edgeIds.has(edge.id) || !has(edge.source) || !has(edge.target)) continue;
    edgeIds.add(edge.id);
    elements.push({ group: 'edges', data: toEdgeData(edge) });
  }
  return elements;
}
