import { RELATIONSHIP_TYPES } from '../model/vocabulary.js';
import type { Store } from './open-store.js';
import { NotFoundError } from './read-errors.js';
import { readQuery } from './read-query.js';
import type { GraphNodeRef, RawEdge, RawNode, SubgraphRecord } from './read-subgraph-records.js';
import { graphEdgeOf, graphNodeOf, toMatchLabel, toSubgraph } from './read-subgraph-records.js';

export const MAX_PATH_DEPTH = 8;

// Curations that say "not the same" are not connections.
const PATH_TYPES = RELATIONSHIP_TYPES.filter((type) => type !== 'DIFFERENT_FROM').join('|');

type MatchLabel = ReturnType<typeof toMatchLabel>;

// A variable-length bound cannot be a parameter: the query text is chosen from labels and
// depths that are whitelisted here, never built from user input.
function toShortestPathCypher(from: MatchLabel, to: MatchLabel, depth: number): string {
  return `
MATCH (a:${from} {id: $fromId})
MATCH (b:${to} {id: $toId})
OPTIONAL MATCH p = shortestPath((a)-[:${PATH_TYPES}*..${depth}]-(b))
RETURN CASE WHEN p IS NULL THEN null ELSE {
  nodes: [n IN nodes(p) | ${graphNodeOf('n')}],
  edges: [r IN relationships(p) | ${graphEdgeOf('r')}] } END AS path`;
}

/**
 * The shortest connection between two nodes within maxDepth hops, or null when there is none;
 * NotFoundError when either node does not exist.
 */
export async function getShortestPath(
  store: Store,
  from: GraphNodeRef,
  to: GraphNodeRef,
  maxDepth: number,
): Promise<SubgraphRecord | null> {
  const depth = Math.max(1, Math.min(MAX_PATH_DEPTH, Math.trunc(maxDepth)));
  const cypher = toShortestPathCypher(toMatchLabel(from.type), toMatchLabel(to.type), depth);
  const rows = await readQuery<{ path: { nodes: RawNode[]; edges: RawEdge[] } | null }>(
    store,
    cypher,
    {
      fromId: from.id,
      toId: to.id,
    },
  );
  const row = rows[0];
  if (row === undefined) throw new NotFoundError(`No node ${from.id} or ${to.id}`);
  if (row.path === null) return null;
  return toSubgraph(row.path.nodes, row.path.edges, false, 0);
}
