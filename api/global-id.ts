import { GRAPH_NODE_TYPES } from '../graph/store/read-subgraph-records.js';
import type { GraphNodeRef, GraphNodeType } from '../graph/store/read-subgraph-records.js';
import { badInput } from './api-errors.js';

// Global ids are base64 of `Type:id` (Relay convention) so one `node(id:)` can fetch anything;
// relationships get `Edge:<elementId>`.

// A graph view encodes the same ids over and over (a depth-2 neighbourhood: ~950 ids for ~380
// distinct ones, a seventh of its API time), so encodings are kept per type, up to a bound.
const ENCODED_LIMIT = 50_000;
const encoded = new Map<string, Map<string, string>>();
let encodedCount = 0;

export function toGlobalId(type: GraphNodeType | 'Edge', id: string): string {
  let ofType = encoded.get(type);
  if (ofType === undefined) {
    ofType = new Map();
    encoded.set(type, ofType);
  }
  let globalId = ofType.get(id);
  if (globalId === undefined) {
    globalId = Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
    if (encodedCount >= ENCODED_LIMIT) {
      for (const kept of encoded.values()) kept.clear();
      encodedCount = 0;
    }
    ofType.set(id, globalId);
    encodedCount += 1;
  }
  return globalId;
}

/** Decodes a global id, or returns null when the string is not one of ours. */
export function parseGlobalId(
  globalId: string,
): { type: GraphNodeType | 'Edge'; id: string } | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (type !== 'Edge' && !(GRAPH_NODE_TYPES as readonly string[]).includes(type)) return null;
  // Only a string that encodes back to itself is an id we issued (base64 is lenient).
  if (toGlobalId(type as GraphNodeType | 'Edge', id) !== globalId || id === '') return null;
  return { type: type as GraphNodeType | 'Edge', id };
}

/** A node reference from a global id; BAD_USER_INPUT when the id is not a node's. */
export function toNodeRef(globalId: string): GraphNodeRef {
  const parsed = parseGlobalId(globalId);
  if (parsed === null || parsed.type === 'Edge') throw badInput(`Not a node id: ${globalId}`);
  return { type: parsed.type, id: parsed.id };
}

/**
 * The raw graph id behind an argument that accepts a global id of one of `types` or the raw id
 * itself (a Document id, an entity key). A global id of another type is BAD_USER_INPUT.
 */
export function toRawId(value: string, types: readonly (GraphNodeType | 'Entity')[]): string {
  const parsed = parseGlobalId(value);
  if (parsed === null) return value;
  const entityOk =
    types.includes('Entity') && !['Document', 'Task', 'Target', 'Edge'].includes(parsed.type);
  if (!entityOk && !types.includes(parsed.type as GraphNodeType)) {
    throw badInput(`Expected the id of a ${types.join(' or ')}, got a ${parsed.type} id`);
  }
  return parsed.id;
}

/** The element id behind an edge's global id. */
export function toEdgeElementId(globalId: string): string {
  const parsed = parseGlobalId(globalId);
  if (parsed?.type !== 'Edge') throw badInput(`Not an edge id: ${globalId}`);
  return parsed.id;
}
