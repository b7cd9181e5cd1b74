import { findNameStart } from './find-name-start.js';
import type { NameCandidate } from './name-candidate.js';

/**
 * Academy institutes written short: 中科院城市环境所, 海洋三所.
 * '推动共建海洋三所' → { name: '海洋三所', type: 'Institution' }
 */
export function findInstituteNames(text: string, skip: Uint8Array): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (let i = 1; i < text.length; i += 1) {
    if (text[i] !== '所' || skip[i] === 1) continue;
    if (/[院究务易场]/.test(text[i - 1] ?? '')) continue; // 研究所 is a suffix; 事务所, 交易所
    const windowStart = Math.max(0, i - 12);
    const window = text.slice(windowStart, i);
    const academyAt = Math.max(window.lastIndexOf('中科院'), window.lastIndexOf('中国科学院'));
    let start: number | null = null;
    if (academyAt !== -1 && !/[,;。、\s]/.test(window.slice(academyAt))) {
      start = windowStart + academyAt;
    } else if (/[一二三四五六七八九十]/.test(text[i - 1] ?? '') && text[i - 2] !== '第') {
      start = findNameStart(text, i - 1);
    }
    if (start === null || i + 1 - start < 4) continue;
    found.push({
      start,
      end: i + 1,
      name: text.slice(start, i + 1),
      type: 'Institution',
      rule: 'entity.institute',
      quoted: false,
    });
  }
  return found;
}
