/**
 * A membership table over UTF-16 units: `table[text.charCodeAt(i)] === 1` tests a character
 * without making a one-character string, which hot per-character scans cannot afford.
 * toCharTable('。!?')[0x3002] → 1
 */
export function toCharTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const text of chars) for (let i = 0; i < text.length; i += 1) table[text.charCodeAt(i)] = 1;
  return table;
}

/**
 * The units a one-character pattern matches, tested once for every unit, so the table agrees
 * with the pattern exactly (\s included). toCharTableMatching(/[\s,。]/)[0x3000] → 1
 */
export function toCharTableMatching(pattern: RegExp): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1)
    if (pattern.test(String.fromCharCode(code))) table[code] = 1;
  return table;
}
