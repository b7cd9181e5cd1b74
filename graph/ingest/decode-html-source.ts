import iconv from 'iconv-lite';
import type { DecodedText, TextEncoding } from './decode-text.js';
import { decodeByBom, decodeText, normaliseLineBreaks } from './decode-text.js';

/**
 * Bytes of an HTML page → its source as a string. A BOM wins, then a declared charset
 * (<meta charset="gb2312">, or http-equiv Content-Type) when the bytes agree with it, then the
 * same detection as plain text. Scraped pages often declare utf-8 over GBK bytes or the reverse,
 * so a declaration the bytes contradict is ignored rather than trusted.
 */
export function decodeHtmlSource(bytes: Uint8Array): DecodedText {
  const bom = decodeByBom(bytes);
  if (bom) return { text: normaliseLineBreaks(bom.text), encoding: bom.encoding };
  const declared = toTextEncoding(findDeclaredCharset(bytes));
  if (declared === 'gb18030' || declared === 'big5') {
    const text = iconv.decode(bytes, declared);
    if (!text.includes('\ufffd') && !isValidUtf8WithNonAscii(bytes)) {
      return { text: normaliseLineBreaks(text), encoding: declared };
    }
  }
  return decodeText(bytes);
}

/**
 * The charset an HTML page declares in its first 2 KB, lower-cased, or null.
 * <meta charset="GBK"> → 'gbk'; <meta http-equiv="Content-Type" content="text/html; charset=gb2312"> → 'gb2312'.
 */
export function findDeclaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps each byte to one char, so ASCII markup reads the same whatever the encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const match = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * Declared charsets this project reads: the GB family as GB18030 (its superset), Big5 for
 * Taiwan and Hong Kong pages (only when declared: it cannot be told from GBK by bytes alone).
 */
function toTextEncoding(charset: string | null): TextEncoding | null {
  if (charset === null) return null;
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn)$/.test(charset)) return 'gb18030';
  if (/^(big5|big5-hkscs|cp950|x-x-big5)$/.test(charset)) return 'big5';
  if (/^utf-?8$/.test(charset)) return 'utf-8';
  return null;
}

function isValidUtf8WithNonAscii(bytes: Uint8Array): boolean {
  if (!bytes.some((byte) => byte > 0x7f)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
