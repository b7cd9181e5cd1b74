import type { SubgraphRecord } from '../../graph/store/read-subgraph-records.js';
import { toGlobalId } from '../global-id.js';
import { toNodeLabel } from '../resolvers/graph-resolvers.js';

function escapeXml(value: string): string {
  return (
    value
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
      // Control characters other than tab and newlines are not allowed in XML 1.0.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
  );
}

function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * GraphML (yEd, Gephi, NetworkX): every node and edge property becomes a string attribute
 * declared with a <key>; `type` and `label` come first so tools can style by them.
 */
export function toGraphml(graph: SubgraphRecord): string {
  const nodeKeys = new Set(['type', 'label']);
  for (const node of graph.nodes) for (const key of Object.keys(node.properties)) nodeKeys.add(key);
  const edgeKeys = new Set(['type']);
  for (const edge of graph.edges) for (const key of Object.keys(edge.properties)) edgeKeys.add(key);
  const keyId = (scope: 'n' | 'e', key: string): string => `${scope}_${key}`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...[...nodeKeys].map(
      (key) =>
        `  <key id="${escapeXml(keyId('n', key))}" for="node" attr.name="${escapeXml(key)}" attr.type="string"/>`,
    ),
    ...[...edgeKeys].map(
      (key) =>
        `  <key id="${escapeXml(keyId('e', key))}" for="edge" attr.name="${escapeXml(key)}" attr.type="string"/>`,
    ),
    '  <graph id="innograph" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    lines.push(`    <node id="${escapeXml(toGlobalId(node.type, node.id))}">`);
    const values: Record<string, unknown> = {
      ...node.properties,
      type: node.type,
      label: toNodeLabel(node),
    };
    for (const [key, value] of Object.entries(values)) {
      lines.push(
        `      <data key="${escapeXml(keyId('n', key))}">${escapeXml(toText(value))}</data>`,
      );
    }
    lines.push('    </node>');
  }
  for (const edge of graph.edges) {
    const source = escapeXml(toGlobalId(edge.source.type, edge.source.id));
    const target = escapeXml(toGlobalId(edge.target.type, edge.target.id));
    lines.push(
      `    <edge id="${escapeXml(toGlobalId('Edge', edge.id))}" source="${source}" target="${target}">`,
    );
    for (const [key, value] of Object.entries({ ...edge.properties, type: edge.type })) {
      lines.push(
        `      <data key="${escapeXml(keyId('e', key))}">${escapeXml(toText(value))}</data>`,
      );
    }
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
