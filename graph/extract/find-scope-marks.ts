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

/** 截至/截止 before a date: the figures after it stand as of that date. */
const AS_OF = /(?:截至|截止|截止到)$/;

/**
 * The scope marks of clean[from, to), skipping quoted text. `currentYear` is the document's
 * own year, which 今年 stands for (null when the document is undated).
 * '到2025年,新增25家;每年培训2000人' → [{ year: 2025, dueYear: true }, { year: null, recurring: true }]
 * '截至今年6月底,已有126家' (currentYear 2024) → [{ year: 2024, dueYear: false }]
 * Dates (2023年3月) and attributes (2022年度奖) are not marks, unless 截至 makes a date the
 * day the figures stand at ('截至2024年6月底').
 */
export function findScopeMarks(
  text: string,
  from: number,
  to: number,
  quoteMask: Uint8Array,
  currentYear: number | null = null,
): ScopeMark[] {
  const marks: ScopeMark[] = [];
  for (let i = from; i < to; i += 1) {
    const ch = text[i];
    if (ch === '每' && text[i + 1] === '年' && quoteMask[i] !== 1) {
      marks.push({ at: i, year: null, recurring: true, dueYear: false });
      i += 1;
      continue;
    }
    if (ch !== '年' || quoteMask[i] === 1) continue;
    const isThisYear = text[i - 1] === '今' && i - 1 >= from;
    const yearStart = isThisYear ? i - 1 : i - 4;
    if (yearStart < from) continue;
    const digits = text.slice(i - 4, i);
    if (!isThisYear && !/^(?:19|20)\d\d$/.test(digits)) continue;
    const before = text[yearStart - 1] ?? '';
    if (!isThisYear && /[0-9\-~]/.test(before)) continue; // 2021-2025年 is a plan period, 12023 is no year
    const year = isThisYear ? currentYear : Number(digits);
    if (year === null) continue;
    const lead = text.slice(Math.max(from, yearStart - 3), yearStart);
    const after = text[i + 1] ?? '';
    const isDate = after === '月' || /^\d{1,2}月/.test(text.slice(i + 1, i + 4));
    if (after === '度' || (isDate && !AS_OF.test(lead))) continue;
    marks.push({
      at: yearStart,
      year,
      recurring: false,
      // 截至2023年底 dates a figure already reached; 到2025年底 a goal.
      dueYear:
        !AS_OF.test(lead) && (/(?:到|至|力争)$/.test(lead) || after === '前' || after === '底'),
    });
  }
  return marks;
}
