import { FULL_READ, readPlanOf } from '../graph/store/read-plan.js';
import type { ReadPlan } from '../graph/store/read-plan.js';

// Fields whose resolvers build their answer from other properties of the records they read
// (annotations label tasks by number and title, owners by name): with one of these in the
// operation every property is read.
const NEEDS_EVERY_PROPERTY = ['annotations'];

const NAME = /[_A-Za-z][_0-9A-Za-z]*/g;

/**
 * The read plan of a GraphQL operation: every name written in it (fields, aliases, fragments,
 * arguments) may be a property to read. Over-reading a name that is only an alias costs a few
 * bytes; a field can never be asked for without its name in the text, so nothing it needs is
 * left out. Without the text (persisted operations) everything is read.
 */
export function toReadPlan(query: string | null | undefined): ReadPlan {
  if (!query) return FULL_READ;
  const names = new Set(query.match(NAME));
  if (NEEDS_EVERY_PROPERTY.some((name) => names.has(name))) return FULL_READ;
  return readPlanOf(names);
}
