import { valueFromASTUntyped } from 'graphql';
import type { ValueNode } from 'graphql';

/**
 * Arbitrary JSON, passed through as it is (node properties for graph viewers). Given to
 * graphql-tools as a resolver map rather than a GraphQLScalarType, so the scalar is built by the
 * same copy of `graphql` as the rest of the schema.
 */
export const jsonScalarResolver = {
  __serialize: (value: unknown) => value,
  __parseValue: (value: unknown) => value,
  __parseLiteral: (ast: ValueNode, variables?: Record<string, unknown> | null) =>
    valueFromASTUntyped(ast, variables ?? undefined),
};
