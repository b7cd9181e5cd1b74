import type { Store } from './open-store.js';
import { readQuery } from './read-query.js';
import type { RawEdge, RawNode, SubgraphRecord } from './read-subgraph-records.js';
import { graphEdgeOf, graphNodeOf, toSubgraph } from './read-subgraph-records.js';

// The whole graph for an export, nodes in a stable order up to a cap (curation bookkeeping
// such as Alias nodes left out), then every relationship among the kept nodes.
const FIND_GRAPH_NODES_CYPHER = `
MATCH (n) WHERE n:Document OR n:Task OR n:Target OR n:Entity
WITH n ORDER BY elementId(n)
WITH collect(n) AS found
RETURN size(found) AS total, [n IN found[0..toInteger($maxNodes)] | ${graphNodeOf('n')}] AS nodes`;

const FIND_GRAPH_EDGES_CYPHER = `
UNWIND $eids AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[r]->(b)
WHERE elementId(b) IN $eids
RETURN ${graphEdgeOf('r')} AS edge`;

/** Every node and relationship, or the first `maxNodes` nodes and what connects them. */
export async function findGraph(
  store: Store,
  options: { maxNodes: number },
): Promise<SubgraphRecord> {
  const [row] = await readQuery<{ total: number; nodes: RawNode[] }>(
    store,
    FIND_GRAPH_NODES_CYPHER,
    {
      maxNodes: options.maxNodes,
    },
  );
  const nodes = row?.nodes ?? [];
  const omitted = (row?.total ?? 0) - nodes.length;
  const edges = await readQuery<{ edge: RawEdge }>(store, FIND_GRAPH_EDGES_CYPHER, {
    eids: nodes.map(([eid]) => eid),
  });
  return toSubgraph(
    nodes,
    edges.map((e) => e.edge),
    omitted > 0,
    omitted,
  );
}
