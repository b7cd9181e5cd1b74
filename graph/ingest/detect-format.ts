import type { SourceFormat } from '../model/source-document.js';

/** File extensions innograph reads, lower-case, and the format each promises. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** Formats people try that cannot be read, with what to do instead. */
const UNSUPPORTED_HINTS: Readonly<Record<string, string>> = {
  '.doc': 'legacy Word .doc is not supported: save it as .docx',
  '.wps': 'WPS .wps is not supported: save it as .docx',
  '.rtf': 'RTF is not supported: save it as .docx or .txt',
};

/** The format a file name promises (report.DOCX → 'docx'), or null when it is not one we read. */
export function toSourceFormat(fileName: string): SourceFormat | null {
  return FORMAT_BY_EXTENSION[extensionOf(fileName)] ?? null;
}

/** Why a file is not read, for the skipped list: "unsupported file type .xlsx". */
export function toUnsupportedReason(fileName: string): string {
  const extension = extensionOf(fileName);
  if (extension === '') return 'no file extension (expected .txt .md .html .htm .docx .pdf)';
  return UNSUPPORTED_HINTS[extension] ?? `unsupported file type ${extension}`;
}

/**
 * What the bytes say a file is, by magic number: a PDF, a zip container (DOCX, XLSX…), an old
 * OLE2 Office file (.doc, .xls), or null for anything else (text and HTML have no magic).
 */
export function sniffContainer(bytes: Uint8Array): 'pdf' | 'zip' | 'ole2' | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return 'zip';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole2';
  return startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]) ? 'pdf' : null; // %PDF-
}

function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}
