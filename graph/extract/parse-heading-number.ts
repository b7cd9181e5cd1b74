const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * A heading number as written → its value, for 1–999 in Arabic or Chinese numerals;
 * null for anything else. '十二' → 12; '二十' → 20; '一百零三' → 103; '7' → 7.
 * (Figures in running text are read by the number parser of the targets stage, not here.)
 */
export function parseHeadingNumber(text: string): number | null {
  if (/^\d{1,3}$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十百]{1,6}$/.test(text)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      digit = DIGITS[ch] ?? 0;
    }
  }
  total += digit;
  return total > 0 ? total : null;
}
