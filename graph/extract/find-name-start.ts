import { boundaryWordEndingAt } from './boundary-words.js';

/** Longest name read leftwards from its suffix; a longer run has no boundary and is no name. */
export const MAX_NAME_LENGTH = 28;
/**
 * How verbs that also occur inside names are read: as boundaries ('stop'), as part of the name
 * ('keep': 企业千亿研发投入引领计划, 新型研发机构培育苏颂行动), or as part of it only right
 * before a short suffix ('adjacent': 综合服务平台, 转化医学研究促进中心).
 */
export type WeakVerbRule = 'stop' | 'keep' | 'adjacent';

/** Longest quoted or parenthesised stretch a name may run through. */
const MAX_INNER = 20;

const OPENING: Readonly<Record<string, string>> = { '”': '“', '’': '‘', ')': '(' };
/** Characters a name never runs through: punctuation, digits and blanks. */
const STOP = /[\s,.;:!?。、;:!?《》<>{}[\]|/\\=+*#@0-9“‘(]/;

/**
 * Where the name ending with the suffix at [suffixStart, …) begins, reading leftwards until a
 * boundary: punctuation, a particle or a verb that introduces names. Quoted and parenthesised
 * parts are run through (南通产业创新“揭榜挂帅”攻坚计划, 中国(厦门)知识产权保护中心), but a
 * single character before an opening quote is left out (市“东疆英才”计划 → “东疆英才”计划).
 * Returns null when no boundary is found within MAX_NAME_LENGTH.
 * ('高标准建设嘉庚创新实验室', 9) → 5
 */
export function findNameStart(
  text: string,
  suffixStart: number,
  weakVerbs: WeakVerbRule = 'adjacent',
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
      start = open;
      if (opening !== '(') quoteStart = open;
      continue;
    }
    if (STOP.test(ch)) break;
    const weak = weakVerbs === 'stop' || (weakVerbs === 'adjacent' && start < suffixStart);
    if (boundaryWordEndingAt(text, start, weak) > 0) break;
    start -= 1;
  }
  // 市“东疆英才”计划: one character before the quote is a qualifier, not part of the name.
  if (quoteStart !== -1 && quoteStart - start < 2) start = quoteStart;
  return start;
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
