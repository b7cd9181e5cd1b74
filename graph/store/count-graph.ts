import type { Store } from './open-store.js';
import { runQuery } from './run-query.js';
import { toStoreError } from './map-driver-error.js';

// Both counts come from the count store, so they cost nothing on a large graph.
const COUNT_GRAPH_CYPHER = `
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

/** How many nodes and relationships the whole graph holds. */
export async function countGraph(store: Store): Promise<GraphCounts> {
  try {
    const [row] = await runQuery<GraphCounts>(store, COUNT_GRAPH_CYPHER);
    return row ?? { nodes: 0, relationships: 0 };
  } catch (error) {
    throw toStoreError(error);
  }
}
