import { describe, expect, it } from 'vitest';
import type { MatrixCell, ResponsibilityMatrix, TaskRow } from '../../viz/src/api-types.js';
import { cellKey, toMatrixTable } from '../../viz/src/to-matrix-table.js';

const task = (id: string, number: string): TaskRow => ({
  id,
  taskId: id,
  number,
  section: '',
  title: `任务${number}`,
  body: '',
  deadline: null,
  start: Number(number) * 10,
  end: Number(number) * 10 + 5,
  document: { id: 'd', documentId: 'd', title: null },
});
const agency = (id: string, name: string, leadCount: number, supportCount: number) => ({
  agency: { id, key: id, name, jurisdiction: '示范市' },
  leadCount,
  supportCount,
});
const cell = (taskId: string, agencyId: string, role: 'LEAD' | 'SUPPORT'): MatrixCell => ({
  id: `${taskId}-${agencyId}-${role}`,
  role,
  explicit: true,
  collective: false,
  name: agencyId,
  task: { id: taskId },
  owner: { id: agencyId },
  evidence: null,
});

const MATRIX: ResponsibilityMatrix = {
  agencies: [
    agency('a', '市财政局', 0, 2),
    agency('b', '市科技局', 2, 0),
    agency('c', '各区镇', 1, 3),
  ],
  tasks: [task('t1', '1'), task('t2', '2'), task('t3', '3')],
  cells: [
    cell('t1', 'b', 'LEAD'),
    cell('t2', 'b', 'LEAD'),
    cell('t3', 'a', 'SUPPORT'),
    cell('t3', 'a', 'LEAD'),
    cell('t1', 'a', 'SUPPORT'),
  ],
};

describe('toMatrixTable', () => {
  it('sorts agencies by tasks led, by total, or by name', () => {
    expect(toMatrixTable(MATRIX, 'lead', null).agencies.map((a) => a.agency.id)).toEqual([
      'b',
      'c',
      'a',
    ]);
    expect(toMatrixTable(MATRIX, 'total', null).agencies.map((a) => a.agency.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
    expect(toMatrixTable(MATRIX, 'name', null).agencies.map((a) => a.agency.name)).toEqual([
      '各区镇',
      '市财政局',
      '市科技局',
    ]);
  });

  it('keeps one cell per task and agency, lead over support', () => {
    const table = toMatrixTable(MATRIX, 'lead', null);
    expect(table.cells.get(cellKey('t3', 'a'))?.role).toBe('LEAD');
    expect(table.cells.get(cellKey('t1', 'a'))?.role).toBe('SUPPORT');
    expect(table.cells.has(cellKey('t2', 'a'))).toBe(false);
  });

  it('orders tasks by reading order, or by the chosen agency’s role', () => {
    expect(toMatrixTable(MATRIX, 'lead', null).tasks.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
    expect(toMatrixTable(MATRIX, 'lead', 'a').tasks.map((t) => t.id)).toEqual(['t3', 't1', 't2']);
  });
});
