import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractDocument } from '../extract/extract-document.js';
import type { SourceDocument } from '../model/source-document.js';
import type { Extraction } from '../model/extraction.js';
import { awaitSearchIndexes } from '../store/await-search-indexes.js';
import { toDocumentId } from '../store/document-id.js';
import { findDocumentHashes, findDocumentsBySource } from '../store/find-document-hashes.js';
import type { Store } from '../store/open-store.js';
import type { SaveDocumentInput } from '../store/document-rows.js';
import { saveDocument } from '../store/save-document.js';
import type { SaveDocumentResult } from '../store/save-document.js';
import { DatabaseUnavailableError, StoreAuthenticationError } from '../store/store-errors.js';
import { findDocumentFiles, readDocument, toSourcePath } from './read-documents.js';

export interface IngestProblem {
  path: string;
  reason: string;
}

export type IngestProgress =
  | { type: 'start'; total: number }
  | {
      type: 'document';
      path: string;
      status: 'saved' | 'unchanged' | 'failed';
      done: number;
      total: number;
    };

export interface IngestOptions {
  onProgress?: (event: IngestProgress) => void;
  /** Re-extract and rewrite documents whose content hash has not changed. */
  force?: boolean;
  /** Called with each document written and what writing it did (the benchmark replays them). */
  onSaved?: (input: SaveDocumentInput, result: SaveDocumentResult) => void;
  /** What sources are recorded relative to; the process's working directory by default. */
  cwd?: string;
}

export interface IngestSummary {
  /** Documents written (new or changed). */
  documents: number;
  /** Documents left as they were because their content hash had not changed. */
  unchanged: number;
  failed: IngestProblem[];
  /** Files not read at all (unsupported type, unreadable), with the reason. */
  skipped: IngestProblem[];
  nodesCreated: number;
  relationshipsCreated: number;
  /** Rows written: documents, entities, tasks, targets and relationships. */
  facts: number;
  ms: number;
  /** Of `ms`, the time spent waiting for Neo4j to save documents. */
  saveMs: number;
}

interface Prepared {
  path: string;
  id: string;
  document?: SourceDocument;
  extraction?: Extraction;
  error?: unknown;
}

/**
 * Loads files and folders (recursively) into the graph, one transaction per document.
 * A document whose content hash matches the ingested one is skipped unless `force`; a file
 * that cannot be read, extracted or saved is recorded in `failed` and the rest still load.
 * Only a database that is unreachable or refuses the credentials stops the run.
 */
export async function ingestPaths(
  store: Store,
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const { files, skipped, failed } = await findDocumentFiles([...paths]);
  const cwd = options.cwd ?? process.cwd();
  const ids = files.map((file) => toDocumentId(resolve(file)));
  const known = await findDocumentHashes(store, ids);
  const ingested = options.force === true ? new Map<string, string>() : known;
  const moved = await findMovedDocuments(store, files, ids, known, cwd);
  const summary: IngestSummary = {
    documents: 0,
    unchanged: 0,
    failed: [...failed],
    skipped: [...skipped],
    nodesCreated: 0,
    relationshipsCreated: 0,
    facts: 0,
    ms: 0,
    saveMs: 0,
  };
  const total = files.length;
  options.onProgress?.({ type: 'start', total });

  const prepare = async (index: number): Promise<Prepared | null> => {
    const path = files[index];
    const id = ids[index];
    if (path === undefined || id === undefined) return null;
    try {
      const document = await readDocument(path, { cwd });
      // The same file in a folder that moved (a renamed folder, a moved clone) keeps its id.
      const movedId = moved.get(`${document.source}\n${document.contentHash}`);
      if (movedId !== undefined) {
        if (options.force !== true) return { path, id: movedId, document };
        return { path, id: movedId, document, extraction: extract(document, path) };
      }
      if (ingested.get(id) === document.contentHash) return { path, id, document };
      return { path, id, document, extraction: extract(document, path) };
    } catch (error) {
      return { path, id, error };
    }
  };

  // Reading and extracting the next file (Node's CPU) overlaps saving this one (Neo4j's).
  let next = prepare(0);
  for (let index = 0; index < total; index += 1) {
    const prepared = await next;
    next = prepare(index + 1);
    if (prepared === null) break;
    const status = await saveIfChanged(store, prepared, summary, options.onSaved);
    options.onProgress?.({ type: 'document', path: prepared.path, status, done: index + 1, total });
  }
  // Saves above skip waiting for the full-text indexes; one wait makes the whole run searchable.
  if (summary.documents > 0) await awaitSearchIndexes(store);
  summary.ms = performance.now() - started;
  return summary;
}

async function saveIfChanged(
  store: Store,
  prepared: Prepared,
  summary: IngestSummary,
  onSaved: IngestOptions['onSaved'],
): Promise<'saved' | 'unchanged' | 'failed'> {
  const { document, extraction } = prepared;
  if (prepared.error !== undefined || document === undefined) {
    summary.failed.push({ path: prepared.path, reason: toReason(prepared.error) });
    return 'failed';
  }
  if (extraction === undefined) {
    summary.unchanged += 1;
    return 'unchanged';
  }
  const started = performance.now();
  try {
    const input: SaveDocumentInput = {
      id: prepared.id,
      source: document.source,
      format: document.format,
      contentHash: document.contentHash,
      text: document.text,
      extraction,
    };
    const result = await saveDocument(store, input, { awaitSearch: false });
    onSaved?.(input, result);
    summary.documents += 1;
    summary.nodesCreated += result.nodesCreated;
    summary.relationshipsCreated += result.relationshipsCreated;
    summary.facts += result.facts;
    return 'saved';
  } catch (error) {
    // No later document would load either: stop instead of failing each one.
    if (error instanceof DatabaseUnavailableError || error instanceof StoreAuthenticationError) {
      throw error;
    }
    summary.failed.push({ path: prepared.path, reason: toReason(error) });
    return 'failed';
  } finally {
    summary.saveMs += performance.now() - started;
  }
}

function extract(document: SourceDocument, path: string): Extraction {
  const meta = document.title === null ? { source: path } : { source: path, title: document.title };
  return extractDocument(document.text, meta);
}

/**
 * Documents ingested before from the same source path, with the same content, under another
 * id, keyed by source and content hash. Ids hash the absolute path, so after a folder moves
 * its files would come back as new documents beside the old ones; the recorded source is
 * relative to the working directory and does not change. A changed file at a moved path is
 * a new document: its content no longer shows it is the same one.
 */
async function findMovedDocuments(
  store: Store,
  files: readonly string[],
  ids: readonly string[],
  known: ReadonlyMap<string, string>,
  cwd: string,
): Promise<Map<string, string>> {
  const sources = files
    .filter((_, index) => !known.has(ids[index] ?? ''))
    .map((file) => toSourcePath(file, cwd));
  const rows = await findDocumentsBySource(store, sources);
  const current = new Set(ids);
  return new Map(
    rows.flatMap((row) =>
      row.contentHash === null || current.has(row.id)
        ? []
        : [[`${row.source}\n${row.contentHash}`, row.id] as const],
    ),
  );
}

function toReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
