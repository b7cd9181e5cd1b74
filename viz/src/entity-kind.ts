import type { ENTITY_KINDS } from './node-kinds.js';

/** An entity's kind: the GraphQL `EntityType` enum. */
export type EntityKind = (typeof ENTITY_KINDS)[number];
