// A small synthetic Subgraph in the API's shape, written for these tests.
import type { Evidence, GraphEdge, GraphNode, Subgraph } from '../../viz/src/api-types.js';

export function evidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    sentence: '由市科技局牵头组建示范实验室。',
    start: 1,
    end: 5,
    sentenceStart: 100,
    documentId: 'doc-a',
    match: 'EXACT',
    rule: 'owner.clause.lead',
    ...overrides,
  };
}

export const DOC: GraphNode = {
  id: 'RG9jOmRvYy1h',
  type: 'DOCUMENT',
  label: '示范实施方案',
  properties: { documentId: 'doc-a', jurisdiction: '示范市', title: '示范实施方案' },
  degree: 3,
};
export const TASK: GraphNode = {
  id: 'VGFzazpkb2MtYSN0MQ==',
  type: 'TASK',
  label: '1. 建设示范实验室',
  properties: { documentId: 'doc-a', section: '一', start: 120 },
  degree: 2,
};
export const AGENCY: GraphNode = {
  id: 'QWdlbmN5OngteQ==',
  type: 'AGENCY',
  label: '市科技局',
  properties: { jurisdiction: '示范市', name: '市科技局' },
  degree: 5,
};
export const LAB: GraphNode = {
  id: 'TGFiOngtbGFi',
  type: 'LAB',
  label: '示范实验室',
  properties: { name: '示范实验室', aliases: [] },
  degree: 1,
};

export const HAS_TASK: GraphEdge = {
  id: 'e1',
  source: DOC.id,
  target: TASK.id,
  type: 'HAS_TASK',
  role: null,
  evidence: null,
  curated: false,
};
export const LEAD: GraphEdge = {
  id: 'e2',
  source: TASK.id,
  target: AGENCY.id,
  type: 'ASSIGNED_TO',
  role: 'LEAD',
  evidence: evidence(),
  curated: false,
};
export const INFERRED: GraphEdge = {
  id: 'e3',
  source: TASK.id,
  target: AGENCY.id,
  type: 'ASSIGNED_TO',
  role: 'SUPPORT',
  evidence: evidence({ match: 'INFERRED', documentId: 'doc-b' }),
  curated: false,
};
export const MENTIONS: GraphEdge = {
  id: 'e4',
  source: DOC.id,
  target: LAB.id,
  type: 'MENTIONS',
  role: null,
  evidence: evidence({ start: 9, end: 14 }),
  curated: false,
};

export const SUBGRAPH: Subgraph = {
  nodes: [DOC, TASK, AGENCY, LAB],
  edges: [HAS_TASK, LEAD, INFERRED, MENTIONS],
  truncated: false,
  omittedCount: 0,
};
