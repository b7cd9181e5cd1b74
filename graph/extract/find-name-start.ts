import { findBoundaryEndingAt } from './boundary-words.js';
import { toCharTableMatching } from './char-table.js';

/** Longest name read leftwards from its suffix; a longer run has no boundary and is no name. */
export const MAX_NAME_LENGTH = 28;
/** Longest quoted or parenthesised stretch a name may run through. */
const MAX_INNER = 20;

/**
 * How verbs that also occur inside names are read: programme names keep them
 * (新型研发机构培育苏颂行动); names with a two-character suffix keep one right before it
 * (综合服务平台); longer suffixes keep none.
 */
export type NameKind = 'program' | 'short-suffix' | 'long-suffix';

const OPENING: Readonly<Record<string, string>> = { '”': '“', '’': '‘', ')': '(' };
/** Characters a name never runs through: punctuation, digits and blanks. */
const STOP = toCharTableMatching(/[\s,.;:!?。、;:!?《》<>{}[\]|/\\=+*#@0-9“‘(]/);
/** 三大平台, 四个园区: a numeral with its classifier is a count, not part of a name. */
const NUMERAL = /[一二三四五六七八九十两]/;
const CLASSIFIER = /[大个家项类批所名位支件座]/;
/** A body before a quoted name owns it, it is not part of it: 省委“深学争优”行动. */
const OWNER_END = /[委局办府厅]/;

/**
 * Where the name ending with the suffix at [suffixStart, …) begins, reading leftwards until a
 * boundary: punctuation, a particle or a verb that introduces names. Quoted and parenthesised
 * parts are run through (南通产业创新“揭榜挂帅”攻坚计划, 中国(厦门)知识产权保护中心), but a
 * single character before an opening quote is left out (市“东疆英才”计划 → “东疆英才”计划).
 * Returns null when no boundary is found within MAX_NAME_LENGTH.
 * ('高标准建设嘉庚创新实验室', 9, 'long-suffix') → 5
 */
export function findNameStart(
  text: string,
  suffixStart: number,
  kind: NameKind = 'long-suffix',
  andInside = false,
): number | null {
  let start = suffixStart;
  let quoteStart = -1;
  while (start > 0) {
    if (suffixStart - start > MAX_NAME_LENGTH) return null;
    const ch = text[start - 1] ?? '';
    const opening = OPENING[ch];
    if (opening !== undefined) {
      const open = findOpening(text, start - 1, opening);
      if (open === -1) break;
      if (
        opening === '(' &&
        /^[一二三四五六七八九十\d]{1,3}$/.test(text.slice(open + 1, start - 1))
      )
        break;
      start = open;
      if (opening !== '(') {
        quoteStart = open;
        if (OWNER_END.test(text[open - 1] ?? '')) break;
      }
      continue;
    }
    // Inside a short quote (企业管理人才“培育工程”): the quote is part of the name.
    if ((ch === '“' || ch === '‘') && quoteStart === -1) {
      quoteStart = start - 1;
      const before = text[start - 2] ?? '';
      if (OWNER_END.test(before) || before === '”' || before === '’') {
        start = quoteStart;
        break;
      }
      start -= 1;
      continue;
    }
    if (STOP[text.charCodeAt(start - 1)] === 1) break;
    if (NUMERAL.test(ch) && CLASSIFIER.test(text[start] ?? '')) break;
    // Body names join two portfolios with 和 (科技创新和人才局), not two bodies (…和市政府).
    const joins = andInside && ch === '和' && !/[省市区县镇]/.test(text[start] ?? '');
    // (二)做优创新平台: a parenthesised ordinal is a heading number, not part of a name.
    const boundary =
      joins || isParticleInWord(text, start) ? null : findBoundaryEndingAt(text, start);
    if (boundary && endsName(boundary.kind, kind, start === suffixStart)) break;
    start -= 1;
  }
  // 市“东疆英才”计划: one character before the quote is a qualifier, not part of the name.
  if (quoteStart !== -1 && quoteStart - start < 2) start = quoteStart;
  return start;
}

/**
 * A one-character particle that is part of a word here: 以 of 以上 (省级以上众创空间), 为 after
 * a name character (华为技术有限公司) rather than opening a clause (,为科技创新…).
 */
function isParticleInWord(text: string, end: number): boolean {
  const ch = text[end - 1];
  if (ch === '以') return /[上下]/.test(text[end] ?? '');
  if (ch === '为')
    return (
      /[\u4e00-\u9fff]/.test(text[end - 2] ?? '') && !/[成作认视改更]/.test(text[end - 2] ?? '')
    );
  return false;
}

function endsName(
  boundary: 'strong' | 'action' | 'content',
  kind: NameKind,
  adjacent: boolean,
): boolean {
  if (boundary === 'strong') return true;
  if (kind === 'program') return boundary === 'action' && !adjacent;
  if (boundary === 'content') return !(adjacent && kind === 'short-suffix');
  return true;
}

/** The opening mark pairing the closing mark at `close`, within MAX_INNER, or -1. */
function findOpening(text: string, close: number, opening: string): number {
  const closing = text[close];
  for (let i = close - 1; i >= 0 && close - i <= MAX_INNER; i -= 1) {
    const ch = text[i];
    if (ch === opening) return i;
    if (ch === closing || ch === '\n' || ch === '。' || ch === ',' || ch === ';') return -1;
  }
  return -1;
}
