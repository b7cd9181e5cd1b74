import type { ResponsibilityMatrixRecord } from '../../graph/store/read-matrix.js';

/** Column headings of a 任务分解表, in order. */
export const MATRIX_COLUMNS = [
  '序号',
  '任务',
  '牵头单位',
  '配合单位',
  '完成时限',
  '来源条款',
] as const;

export type MatrixRow = Record<(typeof MATRIX_COLUMNS)[number], string>;

/**
 * One row per task in the 任务分解表 layout: leads and supports joined with 、 as such tables
 * write them; the source clause names the document and the item's place in it.
 */
export function toMatrixRows(matrix: ResponsibilityMatrixRecord): MatrixRow[] {
  const titles = new Map(matrix.documents.map((d) => [d.id, d.title ?? d.source ?? d.id]));
  return matrix.tasks.map((task, index) => {
    const owners = matrix.assignments.filter((a) => a.taskId === task.id);
    const names = (role: string): string =>
      [...new Set(owners.filter((a) => a.role === role).map((a) => a.name))].join('、');
    const place = [task.section, task.number ? `第${task.number}项` : ''].filter(Boolean).join(' ');
    return {
      序号: String(index + 1),
      任务: task.body.trim() === '' ? task.title : task.body.trim(),
      牵头单位: names('lead'),
      配合单位: names('support'),
      完成时限: task.deadline ?? '',
      来源条款: `《${titles.get(task.documentId) ?? task.documentId}》${place ? ` ${place}` : ''}`,
    };
  });
}
