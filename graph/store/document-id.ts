import { createHash } from 'node:crypto';

/**
 * The id of a document read from `source` (a file path or other label): 'doc:' and 16 hex
 * digits of its SHA-256, so re-ingesting a changed file replaces the same document.
 * Callers pass an absolute path for files; separators and Unicode form are normalised so the
 * same file gets the same id on every platform. The API ingests raw text under its own ids.
 */
export function toDocumentId(source: string): string {
  const normalised = source.normalize('NFC').replaceAll('\\', '/');
  return `doc:${createHash('sha256').update(normalised).digest('hex').slice(0, 16)}`;
}
