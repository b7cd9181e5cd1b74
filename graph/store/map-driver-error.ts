import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import {
  ConstraintViolationError,
  DatabaseUnavailableError,
  StoreAuthenticationError,
  StoreError,
  StoreRequestError,
  StoreTimeoutError,
} from './store-errors.js';

// Socket-level failures surface as plain Errors (or Neo4jErrors with no server code) whose
// message carries the errno; they all mean "the database is not there right now".
const CONNECTION_FAILURE =
  /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND|ETIMEDOUT|EPIPE|socket hang up|Connection was closed|Pool is closed/i;

/**
 * The one place driver errors become domain errors. Already-mapped errors and errors that are
 * not the driver's pass through unchanged, so callers may wrap any catch with it.
 */
export function toStoreError(error: unknown): unknown {
  if (error instanceof StoreError) return error;
  if (!(error instanceof Error)) return error;
  const code = error instanceof Neo4jError ? error.code : undefined;
  const options = { cause: error, code };
  if (
    code === driverErrors.SERVICE_UNAVAILABLE ||
    code === driverErrors.SESSION_EXPIRED ||
    CONNECTION_FAILURE.test(error.message)
  ) {
    return new DatabaseUnavailableError(`Neo4j is unavailable: ${error.message}`, options);
  }
  if (code === undefined) return error;
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintViolationError(error.message, options);
  }
  if (
    code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    code === 'Neo.TransientError.Transaction.TransactionTimedOut' ||
    code === 'Neo.TransientError.Transaction.Terminated' ||
    code === 'Neo.ClientError.Transaction.Terminated' ||
    code === 'Neo.TransientError.Transaction.LockClientStopped'
  ) {
    return new StoreTimeoutError(`Neo4j transaction timed out: ${error.message}`, options);
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new StoreAuthenticationError(`Neo4j refused the credentials: ${error.message}`, options);
  }
  if (
    code === 'Neo.ClientError.Database.DatabaseNotFound' ||
    code.startsWith('Neo.TransientError.General.')
  ) {
    return new DatabaseUnavailableError(`Neo4j is unavailable: ${error.message}`, options);
  }
  if (code.startsWith('Neo.ClientError.Statement.')) {
    return new StoreRequestError(error.message, options);
  }
  return new StoreError(error.message, options);
}
