import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';
import { Kind } from 'graphql';

// Types are read by shape, not with graphql's isObjectType/isListType: those use instanceof,
// which throws when the schema was built by another copy of `graphql` (ESM beside CJS, as
// under Vitest). Printed type references ('[Task!]!') say all this needs.
function fieldsOf(type: GraphQLNamedType): Record<string, GraphQLField<unknown, unknown>> | null {
  return 'getFields' in type && typeof type.getFields === 'function' && !('parseValue' in type)
    ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)
    : null;
}

interface FieldShape {
  /** The field's named type ('Task' for '[Task!]!'). */
  typeName: string;
  isList: boolean;
}

// Every request measures its operation, and printing each field's type was ~40 % of that
// (profiled on agency → tasks): each schema field is printed once.
const shapes = new WeakMap<GraphQLField<unknown, unknown>, FieldShape>();

function shapeOf(field: GraphQLField<unknown, unknown>): FieldShape {
  let shape = shapes.get(field);
  if (shape === undefined) {
    const printed = String(field.type);
    shape = { typeName: printed.replace(/[[\]!]/g, ''), isList: printed.startsWith('[') };
    shapes.set(field, shape);
  }
  return shape;
}

/** A list field without `first`/`limit` is assumed to return this many items. */
export const ASSUMED_LIST_SIZE = 10;

// Root fields whose store work is heavier than one lookup (path searches, whole matrices).
const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  neighborhood: 100,
  shortestPath: 100,
  responsibilityMatrix: 50,
  indicators: 20,
  search: 10,
};

export interface OperationSize {
  /** Deepest field nesting (introspection fields not counted). */
  depth: number;
  /** Estimated fields resolved: each field 1, times the size of every list it sits in. */
  cost: number;
}

/** Depth and estimated cost of the operation that will run, with its variables applied. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
): OperationSize {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations[0];
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const root =
    String(operation?.operation) === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (operation === undefined || !root) return { depth: 0, cost: 0 };

  const measure = (
    set: SelectionSetNode,
    parent: GraphQLNamedType,
    inConnection: boolean,
    seen: ReadonlySet<string>,
  ): OperationSize => {
    let depth = 0;
    let cost = 0;
    for (const selection of set.selections) {
      let inner: OperationSize = { depth: 0, cost: 0 };
      if (selection.kind === Kind.FIELD) {
        inner = measureField(selection, parent, inConnection, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? (schema.getType(selection.typeCondition.name.value) ?? parent)
          : parent;
        inner = measure(selection.selectionSet, type, inConnection, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment === undefined || seen.has(fragment.name.value)) continue; // cycles are invalid anyway
        const type = schema.getType(fragment.typeCondition.name.value) ?? parent;
        inner = measure(
          fragment.selectionSet,
          type,
          inConnection,
          new Set([...seen, fragment.name.value]),
        );
      }
      depth = Math.max(depth, inner.depth);
      cost += inner.cost;
    }
    return { depth, cost };
  };

  const measureField = (
    node: FieldNode,
    parent: GraphQLNamedType,
    inConnection: boolean,
    seen: ReadonlySet<string>,
  ): OperationSize => {
    const name = node.name.value;
    if (name.startsWith('__')) return { depth: 0, cost: 0 };
    const field = fieldsOf(parent)?.[name];
    if (field === undefined) return { depth: 1, cost: 1 };
    const type = schema.getType(shapeOf(field).typeName) ?? parent;
    const isConnection = type.name.endsWith('Connection');
    const child = node.selectionSet
      ? measure(node.selectionSet, type, isConnection, seen)
      : { depth: 0, cost: 0 };
    const size = toListSize(node, field, variables, inConnection && name === 'edges');
    return { depth: 1 + child.depth, cost: (FIELD_WEIGHTS[name] ?? 1) + size * child.cost };
  };

  return measure(operation.selectionSet, root, false, new Set());
}

function toListSize(
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  connectionEdges: boolean,
): number {
  if (connectionEdges) return 1; // already multiplied by the connection's `first`
  for (const name of ['first', 'limit']) {
    const argument = node.arguments?.find((a) => a.name.value === name);
    const value = argument ? toNumber(argument.value, variables) : undefined;
    if (value !== undefined) return Math.max(1, value);
    const fallback = field.args.find((a) => a.name === name)?.defaultValue;
    if (typeof fallback === 'number') return Math.max(1, fallback);
  }
  return shapeOf(field).isList ? ASSUMED_LIST_SIZE : 1;
}

function toNumber(
  value: ValueNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
): number | undefined {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = variables?.[value.name.value];
    return typeof given === 'number' ? given : undefined;
  }
  return undefined;
}
