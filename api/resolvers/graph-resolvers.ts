import type { IndicatorRecord } from '../../graph/store/read-indicators.js';
import type { ResponsibilityMatrixRecord } from '../../graph/store/read-matrix.js';
import type { GraphEdgeRecord, GraphNodeRecord } from '../../graph/store/read-subgraph-records.js';
import type { ApiContext } from '../api-context.js';
import { toGlobalId } from '../global-id.js';
import { loadNode } from './load-node.js';

/** Short display text for a node of a graph view. */
export function toNodeLabel(node: GraphNodeRecord): string {
  const p = node.properties;
  const text = (key: string): string => (typeof p[key] === 'string' ? p[key] : '');
  switch (node.type) {
    case 'Document':
      return text('title') || text('source') || node.id;
    case 'Task':
      return [text('number'), text('title')].filter((part) => part !== '').join(' ') || node.id;
    case 'Target':
      return `${text('metric')} ${typeof p.value === 'number' ? String(p.value) : ''}${text('unit')}`.trim();
    default:
      return text('name') || node.id;
  }
}

/** An edge's provenance properties as Evidence, or null (curations, structural edges). */
export function toEdgeEvidence(properties: Record<string, unknown>) {
  const { documentId, start, end, sentence, sentenceStart, match, rule } = properties;
  if (typeof sentence !== 'string' || typeof start !== 'number' || typeof end !== 'number') {
    return null;
  }
  return {
    documentId: String(documentId),
    start,
    end,
    sentence,
    sentenceStart: typeof sentenceStart === 'number' ? sentenceStart : start,
    match: typeof match === 'string' ? match : 'exact',
    rule: typeof rule === 'string' ? rule : '',
  };
}

export const graphResolvers = {
  GraphNode: {
    id: (n: GraphNodeRecord) => toGlobalId(n.type, n.id),
    label: toNodeLabel,
    node: (n: GraphNodeRecord, _: unknown, ctx: ApiContext) => loadNode(ctx, n),
  },
  GraphEdge: {
    id: (e: GraphEdgeRecord) => toGlobalId('Edge', e.id),
    source: (e: GraphEdgeRecord) => toGlobalId(e.source.type, e.source.id),
    target: (e: GraphEdgeRecord) => toGlobalId(e.target.type, e.target.id),
    role: (e: GraphEdgeRecord) => (e.type === 'ASSIGNED_TO' ? (e.properties.role ?? null) : null),
    evidence: (e: GraphEdgeRecord) => toEdgeEvidence(e.properties),
    curated: (e: GraphEdgeRecord) => e.properties.curated === true,
  },
  ResponsibilityMatrix: {
    cells: (m: ResponsibilityMatrixRecord) => m.assignments,
  },
  Indicator: {
    points: (i: IndicatorRecord) => i.targets,
    goals: (i: IndicatorRecord) => i.targets.filter((t) => t.kind === 'target'),
    actuals: (i: IndicatorRecord) => i.targets.filter((t) => t.kind === 'actual'),
  },
};
