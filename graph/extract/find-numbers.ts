import { toCharTable } from './char-table.js';
import { isChineseNumeralChar, parseChineseNumber } from './parse-chinese-number.js';

/** A number found in clean text: [start, end) covers the digits only. */
export interface NumberMatch {
  value: number;
  start: number;
  end: number;
  /** Written in Chinese numerals (五百) rather than digits. */
  chinese: boolean;
}

/** Where a number can start: a digit or a Chinese numeral other than 万/亿. */
const NUMBER_START = toCharTable(['0123456789零〇一二两三四五六七八九十百千']);

/** Longest run of characters one number may take; keeps the scan linear on digit floods. */
const MAX_NUMBER_LENGTH = 24;

/**
 * Every number of `text` in one left-to-right pass.
 * '新增25家,培育一百五十名' → [{ value: 25 }, { value: 150, chinese: true }]
 * Chinese numerals are taken only when they carry a multiplier (一百五十, 五百, 十二): bare
 * 一/三 in this genre are idiom (一批, 三大平台, 四个一), not counts.
 */
export function findNumbers(text: string): NumberMatch[] {
  const found: NumberMatch[] = [];
  let i = 0;
  while (i < text.length) {
    if (NUMBER_START[text.charCodeAt(i)] !== 1) {
      i += 1;
      continue;
    }
    const ch = text[i] ?? '';
    if (isDigit(ch)) {
      const end = scanArabic(text, i);
      // A digit glued to Latin letters before it is part of a code (PM2.5, H7N9), not a count.
      if (!isAsciiWordChar(text[i - 1] ?? '') && end - i <= MAX_NUMBER_LENGTH) {
        const value = parseChineseNumber(text.slice(i, end));
        if (value !== null) found.push({ value, start: i, end, chinese: false });
      }
      i = end;
      continue;
    }
    if (isChineseNumeralChar(ch) && ch !== '万' && ch !== '亿') {
      let end = i;
      while (end < text.length && isChineseNumeralChar(text[end] ?? '')) end += 1;
      // 万/亿 closing the run belong to the unit (三万人 → 3 万人).
      while (end > i + 1 && (text[end - 1] === '万' || text[end - 1] === '亿')) end -= 1;
      const numeral = text.slice(i, end);
      if (end - i <= MAX_NUMBER_LENGTH && isCountingNumeral(numeral)) {
        const value = parseChineseNumber(numeral);
        if (value !== null) found.push({ value, start: i, end, chinese: true });
      }
      i = Math.max(end, i + 1);
      continue;
    }
    i += 1;
  }
  return found;
}

/** End of the digits at `start`: '1,000.5家' → the offset of 家. */
function scanArabic(text: string, start: number): number {
  let end = start;
  while (end < text.length && isDigit(text[end] ?? '')) end += 1;
  const grouped = end - start <= 3;
  // Thousands groups: ',' + exactly three digits, then no further digit.
  while (
    grouped &&
    text[end] === ',' &&
    isDigit(text[end + 1] ?? '') &&
    isDigit(text[end + 2] ?? '') &&
    isDigit(text[end + 3] ?? '') &&
    !isDigit(text[end + 4] ?? '')
  ) {
    end += 4;
  }
  if (text[end] === '.' && isDigit(text[end + 1] ?? '')) {
    end += 1;
    while (end < text.length && isDigit(text[end] ?? '')) end += 1;
  }
  return end;
}

/** '一百五十', '五百', '十二', '两千' count; '一', '三', '百' alone do not. */
function isCountingNumeral(numeral: string): boolean {
  if (numeral.length < 2) return false;
  const first = numeral[0] ?? '';
  if (first === '百' || first === '千') return false;
  return /[十百千]/.test(numeral);
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

function isAsciiWordChar(ch: string): boolean {
  return /[A-Za-z0-9]/.test(ch);
}
