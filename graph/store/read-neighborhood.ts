import type { Store } from './open-store.js';
import { NotFoundError } from './read-errors.js';
import { readQuery } from './read-query.js';
import type {
  GraphNodeRef,
  GraphNodeType,
  RawEdge,
  RawNode,
  SubgraphRecord,
} from './read-subgraph-records.js';
import { graphEdgeOf, graphNodeOf, toMatchLabel, toSubgraph } from './read-subgraph-records.js';

const FIND_ROOT_CYPHER = Object.fromEntries(
  (['Document', 'Task', 'Target', 'Entity'] as const).map((label) => [
    label,
    `MATCH (n:${label} {id: $id}) RETURN ${graphNodeOf('n')} AS node`,
  ]),
) as Record<ReturnType<typeof toMatchLabel>, string>;

// One hop out of the frontier. Each frontier node keeps at most $limit new neighbours, the
// best connected first, so a hub (市科技局 with hundreds of tasks) cannot flood the view; the
// rest is counted. Curation bookkeeping (Alias) is never shown.
const EXPAND_CYPHER = `
UNWIND $frontier AS eid
MATCH (n) WHERE elementId(n) = eid
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE NOT m:Alias AND NOT elementId(m) IN $visited
    AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
  WITH DISTINCT m
  ORDER BY COUNT { (m)--() } DESC, elementId(m)
  WITH collect(m) AS found
  RETURN found[0..toInteger($limit)] AS kept, size(found) AS total
}
RETURN [m IN kept | ${graphNodeOf('m')}] AS nodes, total - size(kept) AS omitted`;

// Every relationship among the collected nodes, so the picture shows how they interconnect.
const FIND_EDGES_AMONG_CYPHER = `
UNWIND $eids AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[r]->(b)
WHERE elementId(b) IN $eids
RETURN ${graphEdgeOf('r')} AS edge`;

export interface NeighborhoodOptions {
  /** Hops out from the node, 1–3. */
  depth: number;
  /** Only neighbours carrying one of these labels; null for all. */
  labels: readonly string[] | null;
  /** New neighbours kept per node. */
  limit: number;
  /** All nodes kept, the root included. */
  maxNodes: number;
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
  const [found] = await readQuery<{ node: RawNode }>(
    store,
    FIND_ROOT_CYPHER[toMatchLabel(root.type)],
    {
      id: root.id,
    },
  );
  if (found === undefined || !sameType(found.node.type, root.type)) {
    throw new NotFoundError(`No ${root.type} with id ${root.id}`);
  }
  const nodes = new Map<string, RawNode>([[found.node.eid, found.node]]);
  let frontier = [found.node.eid];
  let omittedCount = 0;
  for (let hop = 0; hop < options.depth && frontier.length > 0; hop += 1) {
    const rows = await readQuery<{ nodes: RawNode[]; omitted: number }>(store, EXPAND_CYPHER, {
      frontier,
      visited: [...nodes.keys()],
      labels: options.labels,
      limit: options.limit,
    });
    const next: string[] = [];
    for (const row of rows) {
      omittedCount += row.omitted;
      for (const node of row.nodes) {
        if (nodes.has(node.eid)) continue;
        if (nodes.size >= options.maxNodes) {
          omittedCount += 1;
          continue;
        }
        nodes.set(node.eid, node);
        next.push(node.eid);
      }
    }
    frontier = next;
  }
  const edges = await readQuery<{ edge: RawEdge }>(store, FIND_EDGES_AMONG_CYPHER, {
    eids: [...nodes.keys()],
  });
  return toSubgraph(
    [...nodes.values()],
    edges.map((row) => row.edge),
    omittedCount > 0,
    omittedCount,
  );
}

function sameType(found: string, asked: GraphNodeType): boolean {
  return toMatchLabel(asked) === 'Entity'
    ? toMatchLabel(found as GraphNodeType) === 'Entity'
    : found === asked;
}
