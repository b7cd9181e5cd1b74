/** A heading mark of the outline as read from clean text, for scoping targets. */
export interface HeadingMark {
  start: number;
  /** Where its scope ends: the next heading of the same or a higher level, or the text end. */
  end: number;
  /** 1 for 一、, 2 for (一). */
  level: number;
  /** The first words after the mark (a heading may run into its paragraph in scraped text). */
  lead: string;
}

/** How much of the text after a heading mark is read as its title. */
const LEAD_LENGTH = 16;

/**
 * The 一、 and (一) headings of a text, each with the span it governs, in one pass.
 * '二、发展目标\n到2025年…\n三、重点任务' → [{ level: 1, lead: '发展目标' }, { level: 1, lead: '重点任务' }]
 * A mark counts only at the start of a line or right after a sentence end, so '第一、二条' and
 * '(一)' inside a sentence are not headings.
 */
export function findHeadingMarks(text: string): HeadingMark[] {
  const marks: HeadingMark[] = [];
  let atSentenceStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (ch === ' ' || ch === '\t') continue;
    if (atSentenceStart) {
      const mark = readMark(text, i);
      if (mark) {
        const leadEnd = findLeadEnd(text, mark.after);
        marks.push({
          start: i,
          end: text.length,
          level: mark.level,
          lead: text.slice(mark.after, leadEnd),
        });
      }
    }
    atSentenceStart = ch === '\n' || ch === '。' || ch === '!' || ch === '?' || ch === ';';
  }
  // Close each scope at the next mark of the same or a higher level (a stack keeps it linear).
  const open: HeadingMark[] = [];
  for (const mark of marks) {
    while (open.length > 0 && (open[open.length - 1]?.level ?? 0) >= mark.level) {
      const closed = open.pop();
      if (closed) closed.end = mark.start;
    }
    open.push(mark);
  }
  return marks;
}

const CHINESE_ORDINAL = '一二三四五六七八九十';

/** '三、' → level 1; '(三)' or the OCR slip '(-)' → level 2; anything else → null. */
function readMark(text: string, at: number): { level: number; after: number } | null {
  let i = at;
  if (text[i] === '(') {
    i += 1;
    const digitsStart = i;
    while (i - digitsStart < 3 && CHINESE_ORDINAL.includes(text[i] ?? '')) i += 1;
    if (i === digitsStart && text[i] === '-') i += 1;
    if (i > digitsStart && text[i] === ')') return { level: 2, after: i + 1 };
    return null;
  }
  while (i - at < 3 && CHINESE_ORDINAL.includes(text[i] ?? '')) i += 1;
  if (i > at && text[i] === '、') return { level: 1, after: i + 1 };
  return null;
}

function findLeadEnd(text: string, from: number): number {
  let end = from;
  while (
    end < text.length &&
    end - from < LEAD_LENGTH &&
    text[end] !== '\n' &&
    text[end] !== '。'
  ) {
    end += 1;
  }
  return end;
}
