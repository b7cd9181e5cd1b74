// The kinds of node and edge the viewer draws. The viewer imports nothing from graph/ or api/,
// so these mirror the GraphQL `NodeType` and `RelationshipType` enums (checked by a unit test
// against api/schema/*.graphql).

export const NODE_KINDS = [
  'DOCUMENT',
  'TASK',
  'TARGET',
  'AGENCY',
  'LAB',
  'PLATFORM',
  'ENTERPRISE',
  'PROGRAM',
  'INSTITUTION',
  'POLICY',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Entity kinds: what search suggests and the path tool connects. */
export const ENTITY_KINDS = [
  'AGENCY',
  'LAB',
  'PLATFORM',
  'ENTERPRISE',
  'PROGRAM',
  'INSTITUTION',
  'POLICY',
] as const satisfies readonly NodeKind[];

export const EDGE_KINDS = [
  'ISSUED_BY',
  'HAS_TASK',
  'HAS_TARGET',
  'SETS_TARGET',
  'ASSIGNED_TO',
  'MENTIONS',
  'CITES',
  'DIFFERENT_FROM',
  'ESTABLISHES',
  'BASED_ON',
  'CO_BUILDS',
  'DEVELOPS',
  'LOCATED_IN',
  'ADMINISTERS',
  'PART_OF',
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Reads a kind from an enum value or a `__typename` (`Agency` → `AGENCY`); null when unknown. */
export function parseNodeKind(value: string): NodeKind | null {
  const upper = value.toUpperCase();
  return (NODE_KINDS as readonly string[]).includes(upper) ? (upper as NodeKind) : null;
}
