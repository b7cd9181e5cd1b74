import { parseChineseNumber } from './parse-chinese-number.js';
import type { TargetReading } from './parse-target.js';

/** Verbs that make 第N a rank: 居全省第一, 位列全国第3位, 跃升至第80位. */
const RANK_VERBS = ['位居', '位列', '名列', '排名', '排在', '跃升至', '升至', '居', '列'] as const;

/** How far before 第 the rank verb may stand (居全国同类园区第3位). */
const MAX_RANK_REACH = 10;

/**
 * Rankings in one sentence: 第N (位|名) after a rank verb, N in digits or Chinese numerals.
 * '综合竞争力居全国第13位' → { metric: '综合竞争力居全国', value: 13, unit: '位', comparator: '=' }
 */
export function findRankings(text: string, from: number, to: number): TargetReading[] {
  const found: TargetReading[] = [];
  for (let i = text.indexOf('第', from); i !== -1 && i < to; i = text.indexOf('第', i + 1)) {
    let end = i + 1;
    while (end < to && end - i <= 4 && /[0-9一二三四五六七八九十]/.test(text[end] ?? '')) end += 1;
    if (end === i + 1) continue;
    const value = parseChineseNumber(text.slice(i + 1, end));
    if (value === null || value <= 0) continue;
    const next = text[end] ?? '';
    // 第十五次, 第二十三届, 第1批: ordinals of events, not ranks.
    if (next !== '位' && next !== '名' && /[\u4e00-\u9fff]/.test(next) && !/[,;。!?]/.test(next)) {
      continue;
    }
    const reachStart = Math.max(from, i - MAX_RANK_REACH);
    const window = text.slice(reachStart, i);
    const verb = RANK_VERBS.find((v) => window.includes(v));
    if (!verb) continue;
    let clauseStart = i;
    while (clauseStart > from && !/[,;:。!?\n]/.test(text[clauseStart - 1] ?? '')) clauseStart -= 1;
    const unitEnd = next === '位' || next === '名' ? end + 1 : end;
    found.push({
      metric: text.slice(clauseStart, i).replace(verb, ''),
      value,
      unit: '位',
      comparator: '=',
      start: clauseStart,
      end: unitEnd,
      at: i,
    });
  }
  return found;
}
