import { ENTITY_TYPES } from '../model/vocabulary.js';
import type { EntityType, RelationshipType } from '../model/vocabulary.js';

/** What a graph view shows a node as: Document, Task, Target or the entity's type. */
export const GRAPH_NODE_TYPES = ['Document', 'Task', 'Target', ...ENTITY_TYPES] as const;
export type GraphNodeType = (typeof GRAPH_NODE_TYPES)[number];

export interface GraphNodeRef {
  type: GraphNodeType;
  id: string;
}

export interface GraphNodeRecord extends GraphNodeRef {
  /** Stored properties except document text and search text. */
  properties: Record<string, unknown>;
  degree: number;
}

export interface GraphEdgeRecord {
  /** The relationship's element id. */
  id: string;
  type: RelationshipType;
  source: GraphNodeRef;
  target: GraphNodeRef;
  properties: Record<string, unknown>;
}

export interface SubgraphRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
  omittedCount: number;
}

/** The label to MATCH a node of this type by id on (ids are unique per these labels). */
export function toMatchLabel(type: GraphNodeType): 'Document' | 'Task' | 'Target' | 'Entity' {
  return type === 'Document' || type === 'Task' || type === 'Target' ? type : 'Entity';
}

export function isEntityType(type: string): type is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(type);
}

/** Cypher: the GraphNodeType of node `n`. */
export function nodeTypeOf(n: string): string {
  return `CASE WHEN ${n}:Document THEN 'Document' WHEN ${n}:Task THEN 'Task'
    WHEN ${n}:Target THEN 'Target' ELSE ${n}.type END`;
}

/**
 * How much of each node and edge a graph read returns. A view that shows labels and arrows
 * needs neither every stored property nor each edge's evidence sentence, and on a
 * neighbourhood those are most of the bytes (measured: 135 kB of 150 for 90 nodes, 287 edges).
 */
export interface SubgraphDetail {
  /** All stored properties of each node; false: only those its label is made from. */
  nodeProperties: boolean;
  /** Each edge's evidence (sentence, offsets, rule); false: only role and curated. */
  edgeEvidence: boolean;
}

export const FULL_DETAIL: SubgraphDetail = { nodeProperties: true, edgeEvidence: true };

/** What a node's label is made from: the properties a light read returns, in this order. */
const LABEL_PROPERTIES = ['name', 'title', 'source', 'number', 'metric', 'value', 'unit'] as const;

/** What a light read returns of an edge, in this order. */
const LIGHT_EDGE_PROPERTIES = ['role', 'curated'] as const;

/** Cypher: node `n` as a RawNode (a list, like RawEdge). */
export function graphNodeOf(n: string, detail: SubgraphDetail = FULL_DETAIL): string {
  const properties = detail.nodeProperties
    ? `${n} {.*, text: null, searchText: null}`
    : `[${LABEL_PROPERTIES.map((property) => `${n}.${property}`).join(', ')}]`;
  return `[elementId(${n}), ${nodeTypeOf(n)}, ${n}.id, COUNT { (${n})--() }, ${properties}]`;
}

/**
 * Cypher: relationship `r` as a RawEdge between element ids. A caller that matched
 * `(a)-[r]->(b)` passes `ends: ['a', 'b']`, which spares looking the end nodes up again.
 */
export function graphEdgeOf(
  r: string,
  detail: SubgraphDetail = FULL_DETAIL,
  ends: readonly [string, string] = [`startNode(${r})`, `endNode(${r})`],
): string {
  const properties = detail.edgeEvidence
    ? `properties(${r})`
    : `[${LIGHT_EDGE_PROPERTIES.map((property) => `${r}.${property}`).join(', ')}]`;
  return `[elementId(${r}), type(${r}), elementId(${ends[0]}), elementId(${ends[1]}), ${properties}]`;
}

/**
 * A node as a read returns it: a list, not a map, as edges are. `properties` is a map when
 * the read asked for all of them, else the values of LABEL_PROPERTIES in order.
 */
export type RawNode = [
  eid: string,
  type: GraphNodeType,
  id: string,
  degree: number,
  properties: Record<string, unknown> | unknown[],
];

/**
 * An edge as a read returns it: a list, not a map, because a neighbourhood has thousands and
 * the driver decodes every key of every map again (measured: edges as maps made a depth-2
 * neighbourhood read 2.3× slower than the same values as lists). `properties` is a map when
 * the read asked for evidence, else the values of LIGHT_EDGE_PROPERTIES in order.
 */
export type RawEdge = [
  id: string,
  type: RelationshipType,
  sourceEid: string,
  targetEid: string,
  properties: Record<string, unknown> | unknown[],
];

/**
 * The properties as a map without nulls (the projection blanks text out with null). A light
 * read's list is named by `names`. Plain loops: this runs for every node and edge of a view.
 */
function toProperties(
  value: Record<string, unknown> | unknown[],
  names: readonly string[],
): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  if (Array.isArray(value)) {
    for (let at = 0; at < names.length; at += 1) {
      const inner = value[at];
      if (inner !== null && inner !== undefined) properties[names[at]!] = inner;
    }
    return properties;
  }
  for (const key in value) {
    if (value[key] !== null) properties[key] = value[key];
  }
  return properties;
}

/** Drops the nulls the projection used to blank out text, and resolves edge ends. */
export function toSubgraph(
  nodes: readonly RawNode[],
  edges: readonly RawEdge[],
  truncated: boolean,
  omittedCount: number,
): SubgraphRecord {
  const byEid = new Map<string, GraphNodeRecord>();
  for (const [eid, type, id, degree, values] of nodes) {
    byEid.set(eid, { type, id, properties: toProperties(values, LABEL_PROPERTIES), degree });
  }
  const resolved: GraphEdgeRecord[] = [];
  for (const [id, type, sourceEid, targetEid, properties] of edges) {
    const source = byEid.get(sourceEid);
    const target = byEid.get(targetEid);
    if (source === undefined || target === undefined) continue;
    resolved.push({
      id,
      type,
      source: { type: source.type, id: source.id },
      target: { type: target.type, id: target.id },
      properties: toProperties(properties, LIGHT_EDGE_PROPERTIES),
    });
  }
  return { nodes: [...byEid.values()], edges: resolved, truncated, omittedCount };
}
