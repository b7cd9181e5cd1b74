import { parseChineseNumber } from './parse-chinese-number.js';

/**
 * A heading number as written → its value, for 1–999 in Arabic or Chinese numerals;
 * null for anything else. '十二' → 12; '二十' → 20; '一百零三' → 103; '7' → 7.
 * The shape check keeps 千/万/decimals (figures, not headings) out; the value comes from the
 * one numeral parser the targets stage uses too.
 */
export function parseHeadingNumber(text: string): number | null {
  if (!/^(?:\d{1,3}|[零〇一二两三四五六七八九十百]{1,6})$/.test(text)) return null;
  const value = parseChineseNumber(text);
  return value !== null && value > 0 ? value : null;
}
