// Style as data: one table says how each kind of node and edge looks; the Cytoscape stylesheet
// and the legend are both built from it, so they cannot disagree.
import type { StylesheetJson } from 'cytoscape';
import type { EdgeKind, NodeKind } from './node-kinds.js';
import { NODE_KINDS } from './node-kinds.js';

export interface NodeLook {
  colour: string;
  shape:
    | 'round-rectangle'
    | 'rectangle'
    | 'diamond'
    | 'hexagon'
    | 'ellipse'
    | 'round-pentagon'
    | 'round-triangle'
    | 'round-octagon'
    | 'barrel'
    | 'tag';
  /** Diameter in px. */
  size: number;
  /**
   * Label size and the smallest on-screen size it is still drawn at: documents are always
   * named, entities from a moderate zoom, the many tasks and targets only when zoomed in.
   */
  font: number;
  minZoomedFont: number;
}

export const NODE_LOOKS: Readonly<Record<NodeKind, NodeLook>> = {
  DOCUMENT: { colour: '#1f3a5f', shape: 'round-rectangle', size: 40, font: 13, minZoomedFont: 4 },
  TASK: { colour: '#5b8db8', shape: 'rectangle', size: 20, font: 10, minZoomedFont: 11 },
  TARGET: { colour: '#e07a1f', shape: 'diamond', size: 22, font: 10, minZoomedFont: 11 },
  AGENCY: { colour: '#c8414b', shape: 'hexagon', size: 30, font: 11, minZoomedFont: 8 },
  LAB: { colour: '#2a9d8f', shape: 'ellipse', size: 28, font: 11, minZoomedFont: 8 },
  PLATFORM: { colour: '#3f8f4f', shape: 'round-pentagon', size: 28, font: 11, minZoomedFont: 8 },
  ENTERPRISE: { colour: '#d4a017', shape: 'round-triangle', size: 28, font: 11, minZoomedFont: 8 },
  PROGRAM: { colour: '#7b5ea7', shape: 'round-octagon', size: 28, font: 11, minZoomedFont: 8 },
  INSTITUTION: { colour: '#2f6db5', shape: 'barrel', size: 28, font: 11, minZoomedFont: 8 },
  POLICY: { colour: '#8a8f98', shape: 'tag', size: 26, font: 11, minZoomedFont: 8 },
};

export interface EdgeLook {
  colour: string;
  style: 'solid' | 'dashed' | 'dotted';
  width: number;
}

const STRUCTURE: EdgeLook = { colour: '#b8c2cc', style: 'solid', width: 1.5 };
const RELATION: EdgeLook = { colour: '#6c7a89', style: 'solid', width: 2 };

export const EDGE_LOOKS: Readonly<Record<EdgeKind, EdgeLook>> = {
  ISSUED_BY: { colour: '#1f3a5f', style: 'solid', width: 2 },
  HAS_TASK: STRUCTURE,
  HAS_TARGET: STRUCTURE,
  SETS_TARGET: { colour: '#e07a1f', style: 'solid', width: 1.5 },
  // ASSIGNED_TO is drawn by role below: lead solid and heavy, support dashed.
  ASSIGNED_TO: { colour: '#c8414b', style: 'solid', width: 3 },
  MENTIONS: { colour: '#cfd6dd', style: 'dotted', width: 1.5 },
  CITES: { colour: '#8a8f98', style: 'dashed', width: 2 },
  DIFFERENT_FROM: { colour: '#999999', style: 'dotted', width: 1 },
  ESTABLISHES: RELATION,
  BASED_ON: RELATION,
  CO_BUILDS: RELATION,
  DEVELOPS: RELATION,
  LOCATED_IN: RELATION,
  ADMINISTERS: RELATION,
  PART_OF: RELATION,
};

const FONT =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
const SELECTED = '#111827';

/** Above this many nodes the graph is drawn in bulk style (see toStylesheet). */
export const BULK_THRESHOLD = 1000;

/**
 * The Cytoscape stylesheet: a base, one rule per node kind, one per edge kind, then states.
 * `bulk` (thousands of nodes) draws edges as straight haystack lines without arrows and labels
 * only when zoomed in: bezier edges and label backgrounds are what make big graphs slow.
 */
export function toStylesheet({ bulk = false }: { bulk?: boolean } = {}): StylesheetJson {
  const rules: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 11,
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '110px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'border-width': 1,
        'border-color': '#ffffff',
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        opacity: 0.85,
      },
    },
  ];
  for (const kind of NODE_KINDS) {
    const look = NODE_LOOKS[kind];
    rules.push({
      selector: `node[kind = "${kind}"]`,
      style: {
        'background-color': look.colour,
        shape: look.shape,
        width: look.size,
        height: look.size,
        'font-size': look.font,
        'min-zoomed-font-size': look.minZoomedFont,
      },
    });
  }
  for (const [kind, look] of Object.entries(EDGE_LOOKS)) {
    rules.push({
      selector: `edge[kind = "${kind}"]`,
      style: {
        'line-color': look.colour,
        'target-arrow-color': look.colour,
        'line-style': look.style,
        width: look.width,
      },
    });
  }
  rules.push(
    {
      selector: 'node[kind = "DOCUMENT"]',
      style: { 'font-weight': 'bold', 'text-max-width': '180px', color: '#1f3a5f', 'z-index': 5 },
    },
    {
      selector: 'edge[role = "SUPPORT"]',
      style: { 'line-style': 'dashed', width: 1.5, opacity: 0.7 },
    },
    { selector: 'edge[kind = "ASSIGNED_TO"][?inferred]', style: { 'line-style': 'dotted' } },
    {
      selector: 'node[?truncated]',
      style: { 'border-width': 3, 'border-color': '#f2c94c', 'border-style': 'double' },
    },
    { selector: 'node.root', style: { 'border-width': 3, 'border-color': '#1f2933' } },
    { selector: '.type-hidden, .filtered-out', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0 } },
    // Around the selection: everything else steps back and the neighbours' labels always show.
    { selector: '.dim', style: { opacity: 0.3 } },
    { selector: 'node.near', style: { 'min-zoomed-font-size': 0, 'z-index': 15 } },
    {
      selector: '.path',
      style: {
        'line-color': '#111827',
        'target-arrow-color': '#111827',
        width: 4,
        opacity: 1,
        'z-index': 10,
      },
    },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#111827' } },
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': SELECTED,
        'font-weight': 'bold',
        'z-index': 20,
        'min-zoomed-font-size': 0,
      },
    },
    {
      selector: 'edge:selected',
      style: { width: 5, 'line-color': SELECTED, 'target-arrow-color': SELECTED, opacity: 1 },
    },
  );
  if (bulk) {
    rules.push(
      {
        selector: 'edge',
        style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' },
      },
      {
        selector: 'node',
        style: { 'text-background-opacity': 0, 'border-width': 0, 'min-zoomed-font-size': 12 },
      },
      {
        selector: 'node:selected, node.near',
        style: { 'min-zoomed-font-size': 0, 'border-width': 3 },
      },
    );
  }
  return rules;
}

export interface LegendEntry {
  kind: NodeKind;
  colour: string;
  shape: NodeLook['shape'];
}

/** Legend rows in drawing order, from the same table as the stylesheet. */
export function toLegend(): LegendEntry[] {
  return NODE_KINDS.map((kind) => ({
    kind,
    colour: NODE_LOOKS[kind].colour,
    shape: NODE_LOOKS[kind].shape,
  }));
}
