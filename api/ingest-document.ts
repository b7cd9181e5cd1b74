import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { extractDocument } from '../graph/extract/extract-document.js';
import { readDocument } from '../graph/ingest/read-documents.js';
import type { SourceDocument } from '../graph/model/source-document.js';
import { toDocumentId } from '../graph/store/document-id.js';
import { findDocumentHashes } from '../graph/store/find-document-hashes.js';
import type { Store } from '../graph/store/open-store.js';
import { saveDocument } from '../graph/store/save-document.js';
import { badInput } from './api-errors.js';

/** Largest upload or text the API ingests (a policy document is rarely over a few MB). */
export const MAX_INGEST_BYTES = 20 * 1024 * 1024;

export interface IngestDocumentInput {
  text?: string | null;
  file?: File | null;
  source?: string | null;
  title?: string | null;
}

/**
 * Ingests one document sent to the API, the way `innograph ingest` does a file: decode,
 * extract, save in one transaction. Its id comes from `source` when given (sending the same
 * source again replaces the document), else from the content. Unchanged content is not rewritten.
 */
export async function ingestDocument(
  store: Store,
  input: IngestDocumentInput,
): Promise<{ documentId: string; changed: boolean }> {
  if ((input.text == null) === (input.file == null))
    throw badInput('Give exactly one of text or file');
  const document = input.file ? await readUpload(input.file) : readText(input.text ?? '');
  const source = input.source?.trim() || document.source;
  const id = toDocumentId(`api:${input.source?.trim() || `sha256:${document.contentHash}`}`);
  const existing = await findDocumentHashes(store, [id]);
  if (existing.get(id) === document.contentHash) return { documentId: id, changed: false };
  const title = input.title?.trim() || document.title;
  const extraction = extractDocument(document.text, title ? { source, title } : { source });
  await saveDocument(store, {
    id,
    source,
    format: document.format,
    contentHash: document.contentHash,
    text: document.text,
    extraction,
  });
  return { documentId: id, changed: true };
}

function readText(text: string): SourceDocument {
  if (text.trim() === '') throw badInput('The text is empty');
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length > MAX_INGEST_BYTES) throw badInput('The text is larger than 20 MB');
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  return { source: 'api', format: 'text', text, title: null, encoding: 'utf-8', contentHash };
}

// The decoders pick the format from the file name and check it against the bytes; they read
// from disk, so the upload goes through a private temporary folder that is removed at once.
async function readUpload(file: File): Promise<SourceDocument> {
  if (file.size > MAX_INGEST_BYTES) throw badInput('The file is larger than 20 MB');
  const name = basename(file.name || 'upload.txt').replace(/[^\p{L}\p{N}._-]/gu, '_');
  const folder = await mkdtemp(join(tmpdir(), 'innograph-upload-'));
  try {
    const path = join(folder, name);
    await writeFile(path, new Uint8Array(await file.arrayBuffer()));
    const document = await readDocument(path, { cwd: folder }).catch((error: unknown) => {
      throw badInput(error instanceof Error ? error.message : 'The file cannot be read');
    });
    return { ...document, source: name };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
