import { StoreError } from './store-errors.js';

/** A getX read, or a curation, named something the graph does not hold. */
export class NotFoundError extends StoreError {
  override readonly name = 'NotFoundError';
}

/** A curation that the graph's state forbids (merging two entities marked different, …). */
export class CurationRejectedError extends StoreError {
  override readonly name = 'CurationRejectedError';
}
