/** One cell of an HTML or DOCX table, as read from the markup. */
export interface TableCell {
  text: string;
  /** Columns it spans (HTML colspan, DOCX w:gridSpan); at least 1. */
  colSpan: number;
  /** Rows it spans (HTML rowspan); at least 1. */
  rowSpan: number;
  /** A DOCX w:vMerge continuation: the cell above in the same column goes on through this one. */
  continuesAbove: boolean;
}

/** Separates a table row's cells on its line, in every format: one row, one line. */
export const CELL_SEPARATOR = '\t';

/**
 * A table's rows → one line per row, cells joined by a tab, with merged cells resolved so that
 * columns line up: a cell spanning rows repeats its text in each row it covers (a 任务分解表 whose
 * 牵头单位 cell spans three tasks gives each task its lead), a cell spanning columns is followed by
 * empty cells. Rows with no text are dropped.
 * [['市科技局' rowSpan 2, '任务一'], ['任务二']] → ['市科技局\t任务一', '市科技局\t任务二'].
 */
export function toTableRows(rows: readonly (readonly TableCell[])[]): string[] {
  // Column index → text carried down and the number of rows it still covers.
  const carried = new Map<number, { text: string; rows: number }>();
  const previous: string[] = [];
  const lines: string[] = [];
  for (const row of rows) {
    const out: string[] = [];
    const place = (column: number, text: string) => {
      out[column] = text;
    };
    let column = 0;
    const skipCarried = () => {
      for (let held = carried.get(column); held; held = carried.get(column)) {
        place(column, held.text);
        if (--held.rows === 0) carried.delete(column);
        column++;
      }
    };
    for (const cell of row) {
      skipCarried();
      const text = cell.continuesAbove ? (previous[column] ?? '') : cell.text;
      place(column, text);
      if (cell.rowSpan > 1) carried.set(column, { text, rows: cell.rowSpan - 1 });
      for (let extra = 1; extra < cell.colSpan; extra++) place(column + extra, '');
      column += Math.max(1, cell.colSpan);
    }
    skipCarried();
    const cells = Array.from(out, (text) => text ?? '');
    previous.length = 0;
    previous.push(...cells);
    if (cells.some((text) => text !== '')) lines.push(cells.join(CELL_SEPARATOR).trimEnd());
  }
  return lines;
}
