import { CELL_SEPARATOR } from './to-table-rows.js';

/** What the line builder needs of a pdf.js text item. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y]: font matrix and origin in PDF user space (y grows upwards). */
  transform: number[];
  width: number;
  height: number;
}

/** Page numbers printed at a page's top or bottom: "- 3 -", "— 3 —", "3", "第3页 共10页", "3/10". */
const PAGE_NUMBER =
  /^[-—–－ \u3000]*(第 *)?\d{1,4}( *页)?([ /／\u3000]*(共 *)?\d{1,4} *页?)?[-—–－ \u3000]*$/;

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * One page's text items → its lines in reading order: items whose baselines are within half a
 * font size of each other form a line, lines go top to bottom and items left to right. A gap of
 * two ems or more is a table column (a tab, as tables are in the other formats); a smaller gap is
 * a space, except between Chinese characters, which justified text spaces out without meaning
 * it. A page number alone on the first or last line is dropped.
 */
export function toPageLines(items: readonly PdfTextItem[]): string[] {
  const placed = items
    .filter((item) => item.str.trim() !== '')
    .map((item) => ({
      item,
      x: item.transform[4] ?? 0,
      y: item.transform[5] ?? 0,
      size: Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height || 10,
    }))
    .sort((a, b) => b.y - a.y || a.x - b.x);

  const rows: (typeof placed)[] = [];
  for (const entry of placed) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && Math.abs(first.y - entry.y) <= Math.max(first.size, entry.size) / 2) {
      row.push(entry);
    } else {
      rows.push([entry]);
    }
  }

  const lines = rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let line = '';
    let end: number | null = null;
    for (const { item, x, size } of row) {
      if (end !== null) line += separator(line, item.str, (x - end) / size);
      line += item.str;
      end = x + item.width;
    }
    return line.trim();
  });
  if (lines.length > 0 && PAGE_NUMBER.test(lines.at(-1) ?? '')) lines.pop();
  if (lines.length > 0 && PAGE_NUMBER.test(lines[0] ?? '')) lines.shift();
  return lines.filter((line) => line !== '');
}

function separator(before: string, after: string, gapInEms: number): string {
  if (gapInEms >= 2) return CELL_SEPARATOR;
  if (gapInEms <= 0.25 || before.endsWith(' ') || after.startsWith(' ')) return '';
  return CJK.test(before.at(-1) ?? '') && CJK.test(after[0] ?? '') ? '' : ' ';
}
