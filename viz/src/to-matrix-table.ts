// Pure: the responsibility matrix as rows and columns to draw, sorted as asked.
import type {
  MatrixAgency,
  MatrixCell,
  OwnerRole,
  ResponsibilityMatrix,
  TaskRow,
} from './api-types.js';

export const AGENCY_SORTS = ['lead', 'total', 'name'] as const;
export type AgencySort = (typeof AGENCY_SORTS)[number];

export interface MatrixTable {
  agencies: MatrixAgency[];
  tasks: TaskRow[];
  /** `${taskId}\u0000${agencyId}` → cell. */
  cells: Map<string, MatrixCell>;
}

export function cellKey(taskId: string, agencyId: string): string {
  return `${taskId}\u0000${agencyId}`;
}

const ROLE_ORDER: Record<OwnerRole, number> = { LEAD: 0, SUPPORT: 1 };

/**
 * Agencies sorted by the chosen key (ties by name); tasks in reading order, or — when an
 * agency is chosen — that agency's led tasks first, then supported, then the rest.
 */
export function toMatrixTable(
  matrix: ResponsibilityMatrix,
  sort: AgencySort,
  byAgency: string | null,
): MatrixTable {
  const cells = new Map<string, MatrixCell>();
  for (const cell of matrix.cells) {
    const key = cellKey(cell.task.id, cell.owner.id);
    const existing = cells.get(key);
    // One cell per pair; if the data holds both roles, lead wins.
    if (!existing || ROLE_ORDER[cell.role] < ROLE_ORDER[existing.role]) cells.set(key, cell);
  }
  const byName = (a: MatrixAgency, b: MatrixAgency): number =>
    a.agency.name.localeCompare(b.agency.name, 'zh-Hans-CN');
  const agencies = [...matrix.agencies].sort((a, b) => {
    if (sort === 'lead')
      return b.leadCount - a.leadCount || b.supportCount - a.supportCount || byName(a, b);
    if (sort === 'total')
      return b.leadCount + b.supportCount - (a.leadCount + a.supportCount) || byName(a, b);
    return byName(a, b);
  });
  const rank = (task: TaskRow): number => {
    if (byAgency === null) return 0;
    const cell = cells.get(cellKey(task.id, byAgency));
    return cell ? ROLE_ORDER[cell.role] : 2;
  };
  const order = new Map(matrix.tasks.map((task, index) => [task.id, index]));
  const tasks = [...matrix.tasks].sort(
    (a, b) => rank(a) - rank(b) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
  );
  return { agencies, tasks, cells };
}
