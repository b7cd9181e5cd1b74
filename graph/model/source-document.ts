// A document as read from a file, before extraction: the contract between graph/ingest (which
// reads it), `innograph extract` (which prints it beside the extraction) and the ingest step
// (which stores `source`, `format` and `contentHash` on the Document node).

/** Input formats, chosen from the file extension and verified against the content. */
export const SOURCE_FORMATS = ['text', 'html', 'docx', 'pdf'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export interface SourceDocument {
  /** The path as given, relative to the working directory when it lies below it. */
  source: string;
  format: SourceFormat;
  /** Readable text: blocks and paragraphs as lines, table rows as lines with tab-separated cells. */
  text: string;
  /** A title the format carries apart from the text (HTML <title>/<h1>); null otherwise. */
  title: string | null;
  /** The character encoding read from the bytes (text and HTML); null for DOCX and PDF. */
  encoding: string | null;
  /** sha256 of the raw file bytes, hex: unchanged files are skipped on re-ingestion. */
  contentHash: string;
}
