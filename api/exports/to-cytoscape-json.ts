import type { SubgraphRecord } from '../../graph/store/read-subgraph-records.js';
import { toGlobalId } from '../global-id.js';
import { toEdgeEvidence, toNodeLabel } from '../resolvers/graph-resolvers.js';

/** Cytoscape.js JSON (`cy.json()` shape): `cytoscape({ elements: result.elements })` loads it. */
export function toCytoscapeJson(graph: SubgraphRecord) {
  return {
    format_version: '1.0',
    generated_by: 'innograph',
    data: { truncated: graph.truncated, omittedCount: graph.omittedCount },
    elements: {
      nodes: graph.nodes.map((node) => ({
        data: {
          ...node.properties,
          id: toGlobalId(node.type, node.id),
          graphId: node.id,
          type: node.type,
          label: toNodeLabel(node),
          degree: node.degree,
        },
      })),
      edges: graph.edges.map((edge) => ({
        data: {
          id: toGlobalId('Edge', edge.id),
          source: toGlobalId(edge.source.type, edge.source.id),
          target: toGlobalId(edge.target.type, edge.target.id),
          type: edge.type,
          role: edge.properties.role ?? null,
          curated: edge.properties.curated === true,
          evidence: toEdgeEvidence(edge.properties),
        },
      })),
    },
  };
}
