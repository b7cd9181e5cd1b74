import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { toApiError } from '../api-errors.js';
import { measureOperation } from './measure-operation.js';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxCost: 50_000 };

/**
 * Refuses operations nested deeper than `maxDepth` or estimated to resolve more than `maxCost`
 * fields, before any of them touches the database. Runs at execute time so that `first: $n`
 * is measured with its variable's value.
 */
export function createLimitsPlugin(limits: QueryLimits = DEFAULT_QUERY_LIMITS): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const size = measureOperation(
        args.schema as GraphQLSchema,
        args.document as DocumentNode,
        args.operationName as string | null | undefined,
        args.variableValues as Record<string, unknown> | null | undefined,
      );
      if (size.depth > limits.maxDepth) {
        setResultAndStopExecution({
          errors: [
            toApiError(
              `The query is nested ${size.depth} levels deep; at most ${limits.maxDepth} are allowed`,
              'DEPTH_LIMIT_EXCEEDED',
            ),
          ],
        });
      } else if (size.cost > limits.maxCost) {
        setResultAndStopExecution({
          errors: [
            toApiError(
              `The query would cost about ${size.cost}; the limit is ${limits.maxCost}. Ask for fewer items or fields`,
              'COST_LIMIT_EXCEEDED',
            ),
          ],
        });
      }
    },
  };
}
