import iconv from 'iconv-lite';

/**
 * Encodings the decoders recognise, as reported in `SourceDocument.encoding`. Big5 is read only
 * when an HTML page declares it (see decodeHtmlSource): by bytes alone it looks like GBK.
 */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

export interface DecodedText {
  /** The text with any BOM removed and line breaks normalised to \n. */
  text: string;
  encoding: TextEncoding;
}

/**
 * Bytes → text for plain-text documents, the encoding read from the bytes and never from the
 * file name: a byte-order mark wins; else strict UTF-8 when the bytes are valid UTF-8 (GBK
 * Chinese almost never is); else GB18030, the superset of GB2312 and GBK that Chinese
 * government sites and Windows editors still write. Throws on content that is not text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = decodeByBom(bytes);
  if (bom) return { text: normaliseLineBreaks(bom.text), encoding: bom.encoding };
  assertNotBinary(bytes);
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return { text: normaliseLineBreaks(utf8), encoding: 'utf-8' };
  // A few stray bytes in a long UTF-8 file (a truncated download, one bad copy-paste) should
  // not turn every Chinese character into GBK mojibake: 鍏充簬 for 关于.
  if (mostlyUtf8(bytes)) {
    return { text: normaliseLineBreaks(new TextDecoder('utf-8').decode(bytes)), encoding: 'utf-8' };
  }
  const gb = iconv.decode(bytes, 'gb18030');
  if (countReplacements(gb) > Math.max(2, gb.length / 100)) {
    throw new Error('unknown text encoding: neither UTF-8, UTF-16 with BOM, nor GB18030');
  }
  return { text: normaliseLineBreaks(gb), encoding: 'gb18030' };
}

/** Decodes by a leading byte-order mark, or null when there is none. */
export function decodeByBom(bytes: Uint8Array): DecodedText | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  return null;
}

/** CRLF and lone CR (old Mac files) → \n, so offsets mean the same whatever the source OS. */
export function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Valid UTF-8 decoded, or null when the bytes are not valid UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * True when nearly all non-ASCII sequences are well-formed UTF-8. GBK text read as UTF-8 fails
 * on almost every character, so a ratio separates "damaged UTF-8" from "GBK" sharply.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  let good = 0;
  for (const char of text) {
    if (char === '\ufffd') bad++;
    else if (char.charCodeAt(0) > 0x7f) good++;
  }
  return good >= 20 * bad;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) count++;
  return count;
}

/**
 * NUL bytes and C0 control characters do not occur in text files; without a UTF-16 BOM
 * they mean an image, an archive or an executable was given as a document.
 */
function assertNotBinary(bytes: Uint8Array): void {
  const sample = bytes.subarray(0, 65536);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) throw new Error('binary content (NUL bytes): not a text document');
    // \t \n \f \r and ESC (some GB terminals' colour codes) are allowed.
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13 && byte !== 27) {
      controls++;
    }
  }
  if (controls > Math.max(4, sample.length / 100)) {
    throw new Error('binary content (control bytes): not a text document');
  }
}
