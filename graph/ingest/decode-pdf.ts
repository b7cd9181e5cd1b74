import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { toPageLines } from './to-page-lines.js';

/**
 * A PDF → the text of its text layer, page by page, each page's lines in reading order (top to
 * bottom, left to right), a blank line between pages. Scanned PDFs have no text layer: that is an
 * error, since OCR is not this project's business. The document's own bytes never touch the disk;
 * pdf.js reads only its own CMap tables (which Chinese PDFs with non-embedded fonts such as
 * STSong-Light need to map glyphs to Unicode) from its package folder.
 */
export async function decodePdf(bytes: Uint8Array): Promise<{ text: string }> {
  // Loaded on first use: pdf.js is large and polyfills DOM globals when imported.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // A copy: pdf.js takes ownership of (detaches) the buffer it is given, and rejects Buffers.
    data: new Uint8Array(bytes),
    cMapUrl: pdfjsFolder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: pdfjsFolder('standard_fonts'),
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw new Error(`not a readable PDF: ${describe(error)}`);
    });
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is TextItem => 'str' in item);
      pages.push(toPageLines(items).join('\n'));
      page.cleanup();
    }
    const text = pages
      .join('\n\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    if (text === '') throw new Error('no text layer (scanned PDF?): OCR it first');
    return { text };
  } finally {
    await task.destroy();
  }
}

let folder: string | null = null;

/** A data folder of the pdfjs-dist package, with the trailing slash pdf.js insists on. */
function pdfjsFolder(name: string): string {
  folder ??= dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return `${join(folder, name)}/`;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    // pdf.js names its exceptions (InvalidPDFException, PasswordException) and keeps a message.
    if (error.name === 'PasswordException') return 'it is encrypted and needs a password';
    return error.message;
  }
  return String(error);
}
