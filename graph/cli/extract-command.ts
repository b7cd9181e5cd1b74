import type { Command } from 'commander';
import { Option } from 'commander';
import { z } from 'zod';
import { extractDocument } from '../extract/extract-document.js';
import { findDocumentFiles, readDocument } from '../ingest/read-documents.js';
import type { Extraction } from '../model/extraction.js';
import type { SourceDocument } from '../model/source-document.js';
import { handleError } from './handle-error.js';

/** Output formats of `innograph extract`; JSON is the public, documented one. */
export const EXTRACT_FORMATS = ['json'] as const;

const optionsSchema = z.object({ format: z.enum(EXTRACT_FORMATS) });

/**
 * What `innograph extract --format json` prints for one document: where it came from and how
 * it was read, then the extraction. Keys are written in this order; new keys may be added,
 * existing ones never renamed or removed (README: "CLI: extract").
 */
export type ExtractOutput = {
  file: string;
  format: SourceDocument['format'];
  encoding: string | null;
  contentHash: string;
} & Extraction;

export interface ExtractIo {
  /** May return a promise to hold the next document back until the output has drained. */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  /** Base for the relative `file` paths; the process's working directory by default. */
  cwd?: string;
}

/** `innograph extract FILE…`: facts from documents without a database, printed as JSON. */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description(
      'Extract facts from documents (files or folders) without a database and print them',
    )
    .argument('<paths...>', 'documents or folders to read (.txt .md .html .htm .docx .pdf)')
    .addOption(
      new Option('--format <format>', 'output format').choices(EXTRACT_FORMATS).default('json'),
    )
    .action(async (paths: string[], raw: unknown) => {
      try {
        optionsSchema.parse(raw);
        // `innograph extract … | head`: the reader has gone, so stop quietly.
        process.stdout.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
          handleError(error);
        });
        process.exitCode = await runExtract(paths, {
          stdout: writeDrained,
          stderr: (text) => void process.stderr.write(text),
        });
      } catch (error) {
        handleError(error);
      }
    });
}

/**
 * Reads and extracts each document, printing as it goes so a large folder never sits in memory.
 * One file argument prints one object; several arguments or any folder print an array (so the
 * shape depends on the command line, not on what a folder happens to hold). A file that cannot
 * be read is reported on stderr and the rest still print. Returns the exit code: 1 when any
 * named path or document failed, else 0.
 */
export async function runExtract(paths: readonly string[], io: ExtractIo): Promise<number> {
  const found = await findDocumentFiles(paths);
  const { files } = found;
  let failed = found.failed.length > 0;
  for (const { path, reason } of found.failed) io.stderr(`innograph: ${path}: ${reason}\n`);
  for (const { path, reason } of found.skipped)
    io.stderr(`innograph: skipped ${path}: ${reason}\n`);
  const single = paths.length === 1 && files.length === 1 && files[0] === paths[0];
  let printed = 0;
  if (!single) await io.stdout('[');
  for (const file of files) {
    let output: ExtractOutput;
    try {
      output = toExtractOutput(await readDocument(file, { cwd: io.cwd }));
    } catch (error) {
      failed = true;
      io.stderr(`innograph: ${error instanceof Error ? error.message : String(error)}\n`);
      continue;
    }
    const json = JSON.stringify(output, null, 2);
    // Indented as JSON.stringify would indent it inside the array: the same bytes either way.
    await io.stdout(
      single ? `${json}\n` : `${printed > 0 ? ',' : ''}\n  ${json.replace(/\n/g, '\n  ')}`,
    );
    printed++;
  }
  if (!single) await io.stdout(printed > 0 ? '\n]\n' : ']\n');
  return failed ? 1 : 0;
}

/** Writes to stdout, waiting when its buffer is full so output never piles up in memory. */
function writeDrained(text: string): Promise<void> | void {
  if (process.stdout.write(text)) return;
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

/** A read document and its extraction, in the public output shape. */
export function toExtractOutput(document: SourceDocument): ExtractOutput {
  const extraction = extractDocument(document.text, {
    source: document.source,
    ...(document.title === null ? {} : { title: document.title }),
  });
  return {
    file: document.source,
    format: document.format,
    encoding: document.encoding,
    contentHash: document.contentHash,
    ...extraction,
  };
}
