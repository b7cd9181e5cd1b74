import { Kind } from 'graphql';
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode, ValueNode } from 'graphql';

// Look-ahead into the current field's selection, so that a resolver can read the data its
// nested fields will ask for in the same round trip (one Cypher per field tree).

/** Every field node named `name` directly in `set` (inline and named fragments resolved). */
function fieldsNamed(
  info: GraphQLResolveInfo,
  sets: readonly (SelectionSetNode | undefined)[],
  name: string,
): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet, seen);
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return found;
}

/**
 * The field nodes reached from the current field by following `path` (`['tasks', 'owners']`:
 * every `owners` under every `tasks` of this field's selection).
 */
export function selectedFields(info: GraphQLResolveInfo, ...path: string[]): FieldNode[] {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    level = fieldsNamed(
      info,
      level.map((node) => node.selectionSet),
      name,
    );
  }
  return level;
}

/** Whether the current field's selection asks for `path` (one name: a direct child field). */
export function selectsField(info: GraphQLResolveInfo, ...path: string[]): boolean {
  return selectedFields(info, ...path).length > 0;
}

/**
 * The value of an enum argument of a selected field as the resolver will see it (an enum's
 * internal value), whether written inline or passed as a variable; null when not given.
 */
export function enumArgument(
  info: GraphQLResolveInfo,
  field: FieldNode,
  argument: string,
  enumType: string,
): unknown {
  const value: ValueNode | undefined = field.arguments?.find(
    (a) => a.name.value === argument,
  )?.value;
  if (value === undefined || value.kind === Kind.NULL) return null;
  if (value.kind === Kind.VARIABLE) return info.variableValues[value.name.value] ?? null;
  if (value.kind !== Kind.ENUM) return null;
  const type = info.schema.getType(enumType);
  return type && 'getValue' in type ? (type.getValue(value.value)?.value ?? null) : null;
}
