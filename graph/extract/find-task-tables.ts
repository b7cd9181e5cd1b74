import type { Span } from '../model/extraction.js';

/** A cell of a table row, with where it sits in the clean text. */
export interface TableCell extends Span {
  text: string;
}

/** One row of a task-division table, its cells read by their column's header. */
export interface TaskTableRow extends Span {
  number: TableCell | null;
  task: TableCell;
  lead: TableCell | null;
  support: TableCell | null;
  /** 责任单位 when the table has no separate 牵头 column: first listed leads. */
  responsible: TableCell | null;
  deadline: TableCell | null;
}

type Column = 'number' | 'task' | 'lead' | 'support' | 'responsible' | 'deadline' | 'other';

/** Header words → what the column holds. '牵头单位' 'lead'; '配合单位' 'support'. */
const HEADERS: ReadonlyArray<readonly [RegExp, Column]> = [
  [/^(?:序号|编号|序)$/, 'number'],
  // A person's column ('牵头领导', '责任人') is no body's: '牵头领导' must not read as 牵头单位.
  [/领导|责任人|联系人|负责人/, 'other'],
  [/牵头/, 'lead'],
  [/配合|协办|参与|协同/, 'support'],
  [/责任(?:单位|部门|主体)|负责(?:单位|部门)|主办/, 'responsible'],
  [/时限|时间|进度|期限/, 'deadline'],
  [/任务|事项|内容|措施|工作/, 'task'],
];

/**
 * Task-division tables (序号 | 任务 | 牵头单位 | 责任单位/配合单位 | 完成时限) written as one line
 * per row, cells split by tabs (the decoders' form), ' | ' or runs of blanks. A header row names a task column
 * and a lead or responsible column; the rows that follow, up to a line that is not a row, are
 * its tasks. '1\t建设实验室\t市科技局\t市财政局\t2024年底' → one row.
 */
export function findTaskTables(clean: string): TaskTableRow[] {
  const rows: TaskTableRow[] = [];
  let columns: Column[] | null = null;
  let lineStart = 0;
  while (lineStart <= clean.length) {
    const newline = clean.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? clean.length : newline;
    const cells = splitCells(clean, lineStart, lineEnd);
    if (cells.length < 2) columns = null;
    else if (columns === null) columns = toColumns(cells);
    else {
      const row = toRow(cells, columns, lineStart, lineEnd);
      if (row) rows.push(row);
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return rows;
}

function toColumns(cells: TableCell[]): Column[] | null {
  const columns = cells.map((cell) => {
    const header = cell.text.replace(/\s/g, '');
    if (header.length > 12) return 'other';
    return HEADERS.find(([pattern]) => pattern.test(header))?.[1] ?? 'other';
  });
  const has = (column: Column) => columns.includes(column);
  if (!has('task') || !(has('lead') || has('responsible'))) return null;
  return columns;
}

function toRow(
  cells: TableCell[],
  columns: Column[],
  start: number,
  end: number,
): TaskTableRow | null {
  const get = (column: Column) => {
    const at = columns.indexOf(column);
    const cell = at === -1 ? undefined : cells[at];
    return cell && cell.text !== '' ? cell : null;
  };
  const task = get('task');
  if (!task) return null;
  return {
    start,
    end,
    number: get('number'),
    task,
    lead: get('lead'),
    support: get('support'),
    responsible: get('responsible'),
    deadline: get('deadline'),
  };
}

/**
 * Cells of one line split on tabs, else on ' | ', else on runs of two or more blanks (a PDF's
 * text layer keeps columns apart with spaces); trimmed, with offsets.
 */
function splitCells(clean: string, start: number, end: number): TableCell[] {
  const line = clean.slice(start, end);
  const separator = line.includes('\t')
    ? /\t/g
    : line.includes(' | ')
      ? / \| /g
      : /\S[ \u3000]{2,}\S/.test(line)
        ? /[ \u3000]{2,}/g
        : null;
  if (separator === null) return [];
  const cells: TableCell[] = [];
  let at = 0;
  const push = (pieceEnd: number) => {
    const piece = line.slice(at, pieceEnd);
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    cells.push({ text, start: start + at + lead, end: start + at + lead + text.length });
  };
  for (const m of line.matchAll(separator)) {
    push(m.index);
    at = m.index + m[0].length;
  }
  push(line.length);
  return cells;
}
