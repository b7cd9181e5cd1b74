import { FULL_READ, readPlanOf } from '../graph/store/read-plan.js';
import type { ReadPlan } from '../graph/store/read-plan.js';

// Fields whose resolvers build their answer from other properties of the records they read
// (annotations label tasks by number and title, owners by name): with one of these in the
// operation every property is read.
const NEEDS_EVERY_PROPERTY = ['annotations'];

const NAME = /[_A-Za-z][_0-9A-Za-z]*/g;

// Clients send the same few operations again and again, and every request needs its plan:
// each text is scanned once. Bounded (oldest out first) and only for texts of a usual size
// (a mutation may carry a whole document inline).
const MAX_KEPT_PLANS = 1_000;
const MAX_KEPT_QUERY_LENGTH = 20_000;
const plans = new Map<string, ReadPlan>();

/**
 * The read plan of a GraphQL operation: every name written in it (fields, aliases, fragments,
 * arguments) may be a property to read. Over-reading a name that is only an alias costs a few
 * bytes; a field can never be asked for without its name in the text, so nothing it needs is
 * left out. Without the text (persisted operations) everything is read.
 */
export function toReadPlan(query: string | null | undefined): ReadPlan {
  if (!query) return FULL_READ;
  const known = plans.get(query);
  if (known !== undefined) return known;
  const names = new Set(query.match(NAME));
  const plan = NEEDS_EVERY_PROPERTY.some((name) => names.has(name)) ? FULL_READ : readPlanOf(names);
  if (query.length <= MAX_KEPT_QUERY_LENGTH) {
    if (plans.size >= MAX_KEPT_PLANS) plans.delete(plans.keys().next().value as string);
    plans.set(query, plan);
  }
  return plan;
}
