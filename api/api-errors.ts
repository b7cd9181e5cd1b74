import { GraphQLError } from 'graphql';
import { CurationRejectedError, NotFoundError } from '../graph/store/read-errors.js';
import {
  DatabaseUnavailableError,
  StoreAuthenticationError,
  StoreTimeoutError,
} from '../graph/store/store-errors.js';

/** The `extensions.code` values clients can branch on. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'DATABASE_UNAVAILABLE',
  'QUERY_TIMEOUT',
  'COST_LIMIT_EXCEEDED',
  'DEPTH_LIMIT_EXCEEDED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function toApiError(message: string, code: ErrorCode): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

export function badInput(message: string): GraphQLError {
  return toApiError(message, 'BAD_USER_INPUT');
}

/**
 * The one place domain errors become GraphQL errors. Anything not listed returns null and is
 * masked by yoga ("Unexpected error."), so no stack trace or driver detail reaches a client.
 */
export function toKnownApiError(error: unknown): GraphQLError | null {
  if (isGraphQLError(error)) return error;
  if (error instanceof NotFoundError) return toApiError(error.message, 'NOT_FOUND');
  if (error instanceof CurationRejectedError) return toApiError(error.message, 'BAD_USER_INPUT');
  if (error instanceof DatabaseUnavailableError || error instanceof StoreAuthenticationError) {
    return toApiError(
      'The graph database is unavailable; try again shortly.',
      'DATABASE_UNAVAILABLE',
    );
  }
  if (error instanceof StoreTimeoutError) {
    return toApiError('The query took too long and was stopped; narrow it.', 'QUERY_TIMEOUT');
  }
  return null;
}

/**
 * By name, not instanceof: under some loaders (Vitest) graphql-yoga and this module can see two
 * copies of `graphql`, and an error from one copy is not an instance of the other's class.
 */
export function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}
