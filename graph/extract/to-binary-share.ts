/** Above this share of binary units a text is not read at all: its "facts" would be noise. */
export const BINARY_SHARE_LIMIT = 0.1;

/**
 * The share of a text's non-blank units that no document holds: C0 and C1 control characters
 * other than tab and line breaks, U+FFFD (bytes a decoder could not read) and lone surrogates.
 * An executable or archive read as text is mostly these; a real document, however scraped or
 * garbled in places, has almost none.
 * 'ELF\u0002\u0001\u0001\u0000\u0000' → 0.625; '科技创新' → 0
 */
export function toBinaryShare(text: string): number {
  let binary = 0;
  let counted = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3000)
      continue;
    counted += 1;
    if (isBinaryUnit(text, i, code)) binary += 1;
  }
  return counted === 0 ? 0 : binary / counted;
}

function isBinaryUnit(text: string, i: number, code: number): boolean {
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffd) return true;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = text.charCodeAt(i - 1);
    return !(previous >= 0xd800 && previous <= 0xdbff);
  }
  return false;
}
