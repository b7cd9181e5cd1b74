import type { Store } from './open-store.js';
import { NotFoundError } from './read-errors.js';
import { readQuery } from './read-query.js';
import type {
  GraphNodeRef,
  GraphNodeType,
  RawEdge,
  RawNode,
  SubgraphDetail,
  SubgraphRecord,
} from './read-subgraph-records.js';
import {
  FULL_DETAIL,
  graphEdgeOf,
  graphNodeOf,
  toMatchLabel,
  toSubgraph,
} from './read-subgraph-records.js';

// One hop out of the frontier, as a Cypher block that follows the previous hop's `nodes`,
// `frontier` and `omitted`. Each frontier node keeps at most $limit new neighbours, the best
// connected first, so a hub (市科技局 with hundreds of tasks) cannot flood the view; the rest
// is counted, as is whatever the $maxNodes cap leaves out. Curation bookkeeping (Alias) is
// never shown.
const HOP_CYPHER = `
CALL (nodes, frontier) {
  UNWIND frontier AS n
  CALL (n, nodes) {
    MATCH (n)--(m)
    WHERE NOT m:Alias AND NOT m IN nodes
      AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
    WITH DISTINCT m
    ORDER BY COUNT { (m)--() } DESC, elementId(m)
    WITH collect(m) AS found
    RETURN found[0..toInteger($limit)] AS kept, size(found) AS total
  }
  WITH collect(kept) AS groups, sum(total - size(kept)) AS dropped
  RETURN reduce(acc = [], kept IN groups | acc + [m IN kept WHERE NOT m IN acc]) AS fresh, dropped
}
WITH nodes, fresh, omitted + dropped AS omitted,
  CASE WHEN toInteger($maxNodes) > size(nodes) THEN toInteger($maxNodes) - size(nodes) ELSE 0 END
    AS room
WITH nodes + fresh[0..room] AS nodes, fresh[0..room] AS frontier,
  omitted + size(fresh) - size(fresh[0..room]) AS omitted`;

// The whole neighbourhood in one read: the root, `depth` hops, then every relationship among
// the collected nodes, so the picture shows how they interconnect.
function neighborhoodCypher(
  label: ReturnType<typeof toMatchLabel>,
  depth: number,
  detail: SubgraphDetail,
): string {
  return `
MATCH (root:${label} {id: $id})
WITH root, [root] AS nodes, [root] AS frontier, 0 AS omitted
${HOP_CYPHER.repeat(depth)}
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes
  RETURN collect(${graphEdgeOf('r', detail, ['a', 'b'])}) AS edges
}
RETURN [n IN nodes | ${graphNodeOf('n', detail)}] AS nodes, edges, omitted`;
}

export interface NeighborhoodOptions {
  /** Hops out from the node, 1–3. */
  depth: number;
  /** Only neighbours carrying one of these labels; null for all. */
  labels: readonly string[] | null;
  /** New neighbours kept per node. */
  limit: number;
  /** All nodes kept, the root included. */
  maxNodes: number;
  /** What to return of each node and edge; everything when absent. */
  detail?: SubgraphDetail | undefined;
}

/**
 * The nodes within `depth` hops of a node and the relationships among them, degree-capped;
 * NotFoundError when the node does not exist.
 */
export async function getNeighborhood(
  store: Store,
  root: GraphNodeRef,
  options: NeighborhoodOptions,
): Promise<SubgraphRecord> {
  const [found] = await readQuery<{ nodes: RawNode[]; edges: RawEdge[]; omitted: number }>(
    store,
    neighborhoodCypher(
      toMatchLabel(root.type),
      Math.max(0, Math.trunc(options.depth)),
      options.detail ?? FULL_DETAIL,
    ),
    { id: root.id, labels: options.labels, limit: options.limit, maxNodes: options.maxNodes },
  );
  const [rootNode] = found?.nodes ?? [];
  if (found === undefined || rootNode === undefined || !sameType(rootNode[1], root.type)) {
    throw new NotFoundError(`No ${root.type} with id ${root.id}`);
  }
  return toSubgraph(found.nodes, found.edges, found.omitted > 0, found.omitted);
}

function sameType(found: string, asked: GraphNodeType): boolean {
  return toMatchLabel(asked) === 'Entity'
    ? toMatchLabel(found as GraphNodeType) === 'Entity'
    : found === asked;
}
