/**
 * Full-width ASCII forms → ASCII, and the ideographic space → a space, one unit for one unit so
 * offsets are kept. Chinese punctuation without an ASCII twin (、。《》“”) is left alone.
 * '（一）２０２５年：' → '(一)2025年:'
 */
export function toHalfWidth(text: string): string {
  // One regex pass; most lines hold no full-width form and come back as they are.
  return FULL_WIDTH.test(text) ? text.replace(FULL_WIDTH_ALL, toHalf) : text;
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;
const FULL_WIDTH_ALL = /[\uff01-\uff5e\u3000]/g;

function toHalf(ch: string): string {
  const code = ch.charCodeAt(0);
  return code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0);
}
