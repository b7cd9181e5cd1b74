import type { Store } from './open-store.js';
import { readQuery } from './read-query.js';
import { assignmentOf } from './read-projections.js';
import type { AssignmentRecord } from './read-records.js';

// Leads first, then in the order the clause names them.
const FIND_ASSIGNMENTS_BY_TASK_IDS_CYPHER = `
UNWIND $ids AS id
MATCH (t:Task {id: id})-[r:ASSIGNED_TO]->(a:Agency)
WITH t, r, a ORDER BY CASE r.role WHEN 'lead' THEN 0 ELSE 1 END, r.start, a.id
RETURN ${assignmentOf('r', 't', 'a')} AS row`;

const FIND_ASSIGNMENTS_BY_AGENCY_IDS_CYPHER = `
UNWIND $ids AS id
MATCH (t:Task)-[r:ASSIGNED_TO]->(a:Agency {id: id})
WITH t, r, a ORDER BY t.documentId, t.start, t.id
RETURN ${assignmentOf('r', 't', 'a')} AS row`;

async function rowsOf(
  store: Store,
  cypher: string,
  ids: readonly string[],
): Promise<AssignmentRecord[]> {
  if (ids.length === 0) return [];
  const rows = await readQuery<{ row: AssignmentRecord }>(store, cypher, { ids });
  return rows.map((r) => r.row);
}

/** Owners of the tasks, leads first. */
export function findAssignmentsByTaskIds(
  store: Store,
  taskIds: readonly string[],
): Promise<AssignmentRecord[]> {
  return rowsOf(store, FIND_ASSIGNMENTS_BY_TASK_IDS_CYPHER, taskIds);
}

/** Tasks assigned to the agencies, by document and reading order. */
export function findAssignmentsByAgencyIds(
  store: Store,
  agencyIds: readonly string[],
): Promise<AssignmentRecord[]> {
  return rowsOf(store, FIND_ASSIGNMENTS_BY_AGENCY_IDS_CYPHER, agencyIds);
}
