// Numbers as policy texts write them: Arabic digits (half-width after normalisation, with
// optional thousands separators and decimals) and Chinese numerals (一千, 五百, 两, 十二).

const DIGITS: Readonly<Record<string, number>> = {
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

/** Multipliers inside a 万 section. */
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Section multipliers: everything read so far is scaled. */
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

const NUMERAL_CHARS = new Set([
  ...Object.keys(DIGITS),
  ...Object.keys(SMALL_UNITS),
  ...Object.keys(BIG_UNITS),
]);

/** Characters a Chinese numeral is made of. */
export function isChineseNumeralChar(ch: string): boolean {
  return NUMERAL_CHARS.has(ch);
}

/**
 * A whole string read as a number, or null when it is not one.
 * '2.5' → 2.5; '1,000' → 1000; '一百五十' → 150; '两' → 2; '十二' → 12; '2.5万' → 25000
 */
export function parseChineseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const arabic = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([万亿]?)$/.exec(trimmed);
  if (arabic) {
    const base = Number(`${(arabic[1] ?? '').replace(/,/g, '')}${arabic[2] ?? ''}`);
    const scale = arabic[3] ? (BIG_UNITS[arabic[3]] ?? 1) : 1;
    return Number.isFinite(base) ? base * scale : null;
  }
  return parseChineseNumeral(trimmed);
}

/** '一百五十' → 150, '三千零五' → 3005, '十' → 10; null on any other character. */
function parseChineseNumeral(text: string): number | null {
  let total = 0; // completed 亿/万 sections
  let section = 0; // the current section below 万
  let digit: number | null = null;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      // '十二' has no leading digit: 十 alone means 1×10.
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big !== undefined) {
      total = (total + section + (digit ?? 0)) * big;
      section = 0;
      digit = null;
      continue;
    }
    return null;
  }
  return total + section + (digit ?? 0);
}

/** A number followed by its unit, 万/亿 kept in the unit. */
export interface Quantity {
  value: number;
  unit: string;
}

/**
 * A number with its unit, where 万/亿 stay part of the unit as the genre writes it.
 * '2.5万人' → { value: 2.5, unit: '万人' }; '150亿元' → { value: 150, unit: '亿元' };
 * '五百家' → { value: 500, unit: '家' }; '30%' → { value: 30, unit: '%' }
 */
export function parseQuantity(text: string): Quantity | null {
  const trimmed = text.trim();
  const arabic = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(.*)$/.exec(trimmed);
  if (arabic) {
    const value = parseChineseNumber(arabic[1] ?? '');
    const unit = (arabic[2] ?? '').trim();
    return value === null || unit === '' ? null : { value, unit };
  }
  // Chinese numerals: the longest numeral prefix, then the unit; a trailing 万/亿 followed by
  // more text is a unit multiplier ('三万人' → 3 万人), not part of the number.
  let end = 0;
  const chars = Array.from(trimmed);
  while (end < chars.length && isChineseNumeralChar(chars[end] ?? '')) end += 1;
  let numeralEnd = end;
  const last = chars[end - 1];
  if (end < chars.length && end > 1 && (last === '万' || last === '亿')) numeralEnd = end - 1;
  const value = parseChineseNumber(chars.slice(0, numeralEnd).join(''));
  const unit = chars.slice(numeralEnd).join('').trim();
  return value === null || numeralEnd === 0 || unit === '' ? null : { value, unit };
}
