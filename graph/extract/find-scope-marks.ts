/** A word that scopes the figures after it in its sentence: a year or 每年. */
export interface ScopeMark {
  /** Clean offset of the mark. */
  at: number;
  /** 2025 for 到2025年 / 2023年; null for 每年. */
  year: number | null;
  /** 每年: the figures after it recur yearly. */
  recurring: boolean;
  /** 到/至/力争 before the year: a due date, which also dates a goals paragraph. */
  dueYear: boolean;
}

/**
 * The scope marks of clean[from, to), skipping quoted text.
 * '到2025年,新增25家;每年培训2000人' → [{ year: 2025, dueYear: true }, { year: null, recurring: true }]
 * Dates (2023年3月) and attributes (2022年度奖) are not marks.
 */
export function findScopeMarks(
  text: string,
  from: number,
  to: number,
  quoteMask: Uint8Array,
): ScopeMark[] {
  const marks: ScopeMark[] = [];
  for (let i = from; i < to; i += 1) {
    const ch = text[i];
    if (ch === '每' && text[i + 1] === '年' && quoteMask[i] !== 1) {
      marks.push({ at: i, year: null, recurring: true, dueYear: false });
      i += 1;
      continue;
    }
    if (ch !== '年' || i - 4 < from || quoteMask[i] === 1) continue;
    const digits = text.slice(i - 4, i);
    if (!/^(?:19|20)\d\d$/.test(digits)) continue;
    const before = text[i - 5] ?? '';
    if (/[0-9\-~]/.test(before)) continue; // 2021-2025年 is a plan period, 12023 is no year
    const after = text[i + 1] ?? '';
    if (after === '度' || after === '月' || /^\d{1,2}月/.test(text.slice(i + 1, i + 4))) continue;
    const lead = text.slice(Math.max(from, i - 7), i - 4);
    marks.push({
      at: i - 4,
      year: Number(digits),
      recurring: false,
      dueYear: /(?:到|至|力争)$/.test(lead) || after === '前' || after === '底',
    });
  }
  return marks;
}
