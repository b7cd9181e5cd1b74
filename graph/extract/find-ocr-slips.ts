import type { LineEdit } from './inline-junk.js';

// OCR misreadings of list markers and numbers, fixed only where the shape leaves no doubt.

/** '(-)' or '(一' misread as a hyphen: '(-)加强组织领导' → '(一)加强组织领导'. */
const DASH_NUMERAL = /\(-\)(?=[\u4e00-\u9fff])/g;

/**
 * An 'L' for '1、' before a heading body that ends in 。 within 40 characters, at a line
 * start or glued to Chinese text: '工程L建设高水平创新平台。' → '工程1、建设高水平创新平台。'.
 */
const L_MARKER = /(?<=^\s*|[\u4e00-\u9fff。;:)])L(?=[\u4e00-\u9fff][^。\n]{0,40}。)/g;

/** Letters for digits inside a count: '遴选IOO家' → '遴选100家'; needs an 'O' and a unit after. */
const LETTER_DIGITS = /(?<=[\u4e00-\u9fff\d])[IlO]*O[IlO0-9]*(?=[家个项人名件所万亿%])/g;

/** Edits that fix OCR slips in one (half-width) line. */
export function findOcrSlips(line: string): LineEdit[] {
  const edits: LineEdit[] = [];
  // Each pattern needs one plain character; most lines hold none and skip the regex scans.
  if (line.includes('(-)'))
    for (const m of line.matchAll(DASH_NUMERAL))
      edits.push({ start: m.index, end: m.index + 3, text: '(一)' });
  if (line.includes('L'))
    for (const m of line.matchAll(L_MARKER))
      edits.push({ start: m.index, end: m.index + 1, text: '1、' });
  if (!line.includes('O')) return edits;
  for (const m of line.matchAll(LETTER_DIGITS)) {
    if (m[0].length < 2) continue;
    edits.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0].replace(/[Il]/g, '1').replace(/O/g, '0'),
    });
  }
  return edits;
}
