// Domain errors of the graph store. Callers (API, CLI) branch on these classes, never on
// driver codes: `toStoreError` in map-driver-error.ts is the one place that reads those.

/** Base class: anything the store reports as an expected failure. */
export class StoreError extends Error {
  override readonly name: string = 'StoreError';
  /** Driver or server code, kept for logs; undefined when the error did not come from Neo4j. */
  readonly code: string | undefined;

  constructor(message: string, options: { cause?: unknown; code?: string | undefined } = {}) {
    super(message, { cause: options.cause });
    this.code = options.code;
  }
}

/** Neo4j cannot be reached (refused, down, restarting, session expired). Retrying later may help. */
export class DatabaseUnavailableError extends StoreError {
  override readonly name = 'DatabaseUnavailableError';
}

/** A write broke a uniqueness constraint (two nodes with one id). */
export class ConstraintViolationError extends StoreError {
  override readonly name = 'ConstraintViolationError';
}

/** A transaction ran past its time limit or was terminated. */
export class StoreTimeoutError extends StoreError {
  override readonly name = 'StoreTimeoutError';
}

/** The credentials were refused. */
export class StoreAuthenticationError extends StoreError {
  override readonly name = 'StoreAuthenticationError';
}

/** Neo4j rejected the request as malformed (a store bug, or bad input that slipped through). */
export class StoreRequestError extends StoreError {
  override readonly name = 'StoreRequestError';
}
