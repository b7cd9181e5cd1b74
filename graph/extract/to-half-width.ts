/**
 * Full-width ASCII forms → ASCII, and the ideographic space → a space, one unit for one unit so
 * offsets are kept. Chinese punctuation without an ASCII twin (、。《》“”) is left alone.
 * '（一）２０２５年：' → '(一)2025年:'
 */
export function toHalfWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}
