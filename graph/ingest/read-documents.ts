import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { SourceDocument, SourceFormat } from '../model/source-document.js';
import { decodeDocx } from './decode-docx.js';
import { decodeHtml } from './decode-html.js';
import { decodeHtmlSource } from './decode-html-source.js';
import { decodePdf } from './decode-pdf.js';
import { decodeText } from './decode-text.js';
import { sniffContainer, toSourceFormat, toUnsupportedReason } from './detect-format.js';

// The one module of graph/ingest that touches the file system: it finds and reads files and
// hands their bytes to the pure decoders.

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface DocumentFiles {
  /** Readable documents, in a stable order (sorted within each folder), each once. */
  files: string[];
  /** Files inside named folders that are not documents (hidden, lock files, other types). */
  skipped: SkippedFile[];
  /** Paths named by the caller that cannot be read as documents: missing, unreadable, unsupported. */
  failed: SkippedFile[];
}

/**
 * Expands files and folders (recursively) into the documents to read. Inside folders, hidden
 * files and folders (.git, .DS_Store) and Office lock files (~$plan.docx) are skipped; a file named
 * on the command line is read even when hidden. Unsupported types are reported with the reason.
 */
export async function findDocumentFiles(paths: readonly string[]): Promise<DocumentFiles> {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const failed: SkippedFile[] = [];
  const seen = new Set<string>();

  const visit = async (path: string, named: boolean): Promise<void> => {
    // What the caller named and we cannot read is a failure; a stray file in a folder is not.
    const skip = (reason: string) => (named ? failed : skipped).push({ path, reason });
    let real: string;
    let isDirectory: boolean;
    try {
      real = await realpath(path);
      isDirectory = (await stat(real)).isDirectory();
    } catch (error) {
      skip(describeFsError(error));
      return;
    }
    if (seen.has(real)) return; // the same file named twice, or a symlink loop
    seen.add(real);
    const name = basename(path);
    if (!named && name.startsWith('.')) {
      skip(isDirectory ? 'hidden folder' : 'hidden file');
      return;
    }
    if (isDirectory) {
      let entries: string[];
      try {
        entries = (await readdir(path)).sort();
      } catch (error) {
        skip(describeFsError(error));
        return;
      }
      for (const entry of entries) await visit(join(path, entry), false);
    } else if (name.startsWith('~$')) {
      skip('Office lock file');
    } else if (toSourceFormat(name) === null) {
      skip(toUnsupportedReason(name));
    } else {
      files.push(path);
    }
  };

  for (const path of paths) await visit(path, true);
  return { files, skipped, failed };
}

/**
 * Reads one document: its format from the extension, checked against the bytes (a .docx that is
 * no zip, a .txt that is a PDF), then decoded to text. Errors name the file and say what is wrong.
 */
export async function readDocument(
  path: string,
  options: { cwd?: string } = {},
): Promise<SourceDocument> {
  const source = toSourcePath(path, options.cwd ?? process.cwd());
  const format = toSourceFormat(path);
  try {
    if (format === null) throw new Error(toUnsupportedReason(path));
    const bytes = await readFile(path).catch((error: unknown) => {
      throw new Error(describeFsError(error));
    });
    const contentHash = createHash('sha256').update(bytes).digest('hex');
    const decoded = await decode(
      format,
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    );
    return { source, format, contentHash, ...decoded };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${source}: ${message}`, { cause: error });
  }
}

async function decode(
  format: SourceFormat,
  bytes: Uint8Array,
): Promise<Pick<SourceDocument, 'text' | 'title' | 'encoding'>> {
  const container = sniffContainer(bytes);
  switch (format) {
    case 'text': {
      assertNoContainer(container, 'a text file');
      const { text, encoding } = decodeText(bytes);
      return { text, title: null, encoding };
    }
    case 'html': {
      assertNoContainer(container, 'an HTML page');
      const { text: html, encoding } = decodeHtmlSource(bytes);
      const { text, title } = decodeHtml(html);
      return { text, title, encoding };
    }
    case 'docx': {
      if (container !== 'zip') {
        throw new Error(
          container === 'ole2'
            ? 'not a DOCX file: this is a legacy Word .doc renamed; save it as .docx'
            : 'not a DOCX file: not a zip archive',
        );
      }
      return { ...decodeDocx(bytes), title: null, encoding: null };
    }
    case 'pdf':
      return { ...(await decodePdf(bytes)), title: null, encoding: null };
  }
}

function assertNoContainer(container: ReturnType<typeof sniffContainer>, expected: string): void {
  if (container === null) return;
  const what = { pdf: 'a PDF', zip: 'a zip archive (DOCX?)', ole2: 'a legacy Office file' };
  throw new Error(`expected ${expected} but the content is ${what[container]}`);
}

/** The path as given, relative to the working directory when it lies below it, with / separators. */
export function toSourcePath(path: string, cwd: string): string {
  const below = relative(cwd, resolve(cwd, path));
  const chosen = below !== '' && !below.startsWith('..') && !isAbsolute(below) ? below : path;
  return chosen.split(sep).join('/');
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}
