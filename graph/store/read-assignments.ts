import type { OwnerRole } from '../model/vocabulary.js';
import type { Store } from './open-store.js';
import { FULL_READ } from './read-plan.js';
import type { ReadPlan } from './read-plan.js';
import { readQuery } from './read-query.js';
import { assignmentOf, documentOf, entityOf, taskOf } from './read-projections.js';
import type { AssignmentRecord, DocumentRecord, EntityRecord, TaskRecord } from './read-records.js';

/** An assignment with both its ends and the task's document, so callers need no second read. */
export interface AssignmentRow {
  assignment: AssignmentRecord;
  task: TaskRecord;
  /** Null when the caller asked by agency (it has the agency already). */
  agency: EntityRecord | null;
  document: DocumentRecord | null;
}

// Leads first, then in the order the clause names them.
const assignmentsByTaskIdsCypher = (plan: ReadPlan): string => `
UNWIND $ids AS id
MATCH (t:Task {id: id})-[r:ASSIGNED_TO]->(a:Entity)
WITH t, r, a ORDER BY CASE r.role WHEN 'lead' THEN 0 ELSE 1 END, r.start, a.id
RETURN ${assignmentOf('r', 't', 'a', plan)} AS assignment, ${taskOf('t', plan)} AS task,
  ${entityOf('a')} AS agency, null AS document`;

// A busy agency has thousands of tasks: filter the role in Cypher and leave out the agency
// itself (the caller has it) so each row carries only the task, its document and the evidence.
const assignmentsByAgencyIdsCypher = (plan: ReadPlan): string => `
UNWIND $ids AS id
MATCH (t:Task)-[r:ASSIGNED_TO]->(a:Entity {id: id})
WHERE $role IS NULL OR r.role = $role
OPTIONAL MATCH (d:Document {id: t.documentId})
WITH t, r, a, d ORDER BY t.documentId, t.start, t.id
RETURN ${assignmentOf('r', 't', 'a', plan)} AS assignment, ${taskOf('t', plan)} AS task,
  null AS agency, CASE WHEN d IS NULL THEN null ELSE ${documentOf('d', plan)} END AS document`;

async function rowsOf(
  store: Store,
  cypher: string,
  ids: readonly string[],
  role: OwnerRole | null = null,
): Promise<AssignmentRow[]> {
  if (ids.length === 0) return [];
  return readQuery<AssignmentRow>(store, cypher, { ids, role });
}

/** Owners of the tasks, leads first. */
export function findAssignmentsByTaskIds(
  store: Store,
  taskIds: readonly string[],
  plan: ReadPlan = FULL_READ,
): Promise<AssignmentRow[]> {
  return rowsOf(store, assignmentsByTaskIdsCypher(plan), taskIds);
}

/** Tasks assigned to the agencies (in one role, or any), by document and reading order. */
export function findAssignmentsByAgencyIds(
  store: Store,
  agencyIds: readonly string[],
  role: OwnerRole | null = null,
  plan: ReadPlan = FULL_READ,
): Promise<AssignmentRow[]> {
  return rowsOf(store, assignmentsByAgencyIdsCypher(plan), agencyIds, role);
}

// A document's tasks with their owners in one read, for the common "who owns each task" query.
const tasksWithAssignmentsByDocumentIdsCypher = (plan: ReadPlan): string => `
UNWIND $ids AS id
MATCH (t:Task {documentId: id})
OPTIONAL MATCH (t)-[r:ASSIGNED_TO]->(a:Entity)
WITH t, r, a
ORDER BY t.documentId, t.start, t.id, CASE r.role WHEN 'lead' THEN 0 ELSE 1 END, r.start, a.id
WITH t, collect(CASE WHEN r IS NULL THEN null ELSE {
  assignment: ${assignmentOf('r', 't', 'a', plan)}, agency: ${entityOf('a')} } END) AS owners
ORDER BY t.documentId, t.start, t.id
RETURN ${taskOf('t', plan)} AS task, owners`;

export interface TaskWithAssignments {
  task: TaskRecord;
  owners: { assignment: AssignmentRecord; agency: EntityRecord }[];
}

/** Tasks of the documents in reading order, each with its owners (leads first). */
export async function findTasksWithAssignmentsByDocumentIds(
  store: Store,
  documentIds: readonly string[],
  plan: ReadPlan = FULL_READ,
): Promise<TaskWithAssignments[]> {
  if (documentIds.length === 0) return [];
  return readQuery<TaskWithAssignments>(store, tasksWithAssignmentsByDocumentIdsCypher(plan), {
    ids: documentIds,
  });
}

// The agency and its tasks in one read, for "which tasks does this agency lead?" asked by id.
const agencyWithAssignmentsCypher = (plan: ReadPlan): string => `
MATCH (a:Agency {id: $id})
CALL (a) {
  OPTIONAL MATCH (t:Task)-[r:ASSIGNED_TO]->(a)
  WHERE $role IS NULL OR r.role = $role
  OPTIONAL MATCH (d:Document {id: t.documentId})
  WITH t, r, d ORDER BY t.documentId, t.start, t.id
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {
    assignment: ${assignmentOf('r', 't', 'a', plan)}, task: ${taskOf('t', plan)}, agency: null,
    document: CASE WHEN d IS NULL THEN null ELSE ${documentOf('d', plan)} END } END) AS rows
}
RETURN ${entityOf('a')} AS agency, rows`;

/**
 * An agency with the tasks assigned to it (in one role, or any), by document and reading
 * order; null when there is no agency of that id.
 */
export async function findAgencyWithAssignments(
  store: Store,
  agencyId: string,
  role: OwnerRole | null,
  plan: ReadPlan = FULL_READ,
): Promise<{ agency: EntityRecord; rows: AssignmentRow[] } | null> {
  const [found] = await readQuery<{ agency: EntityRecord; rows: AssignmentRow[] }>(
    store,
    agencyWithAssignmentsCypher(plan),
    { id: agencyId, role },
  );
  return found ?? null;
}

// A document with its tasks and their owners in one read: "who owns each task of this plan?".
const documentWithTasksCypher = (plan: ReadPlan): string => `
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (t:Task {documentId: d.id})
  OPTIONAL MATCH (t)-[r:ASSIGNED_TO]->(a:Entity)
  WITH t, r, a ORDER BY t.start, t.id, CASE r.role WHEN 'lead' THEN 0 ELSE 1 END, r.start, a.id
  WITH t, collect(CASE WHEN r IS NULL THEN null ELSE {
    assignment: ${assignmentOf('r', 't', 'a', plan)}, agency: ${entityOf('a')} } END) AS owners
  ORDER BY t.start, t.id
  RETURN collect(CASE WHEN t IS NULL THEN null ELSE { task: ${taskOf('t', plan)}, owners: owners } END)
    AS tasks
}
RETURN ${documentOf('d', plan)} AS document, tasks`;

/** A document with its tasks in reading order, each with its owners; null when absent. */
export async function findDocumentWithTasks(
  store: Store,
  documentId: string,
  plan: ReadPlan = FULL_READ,
): Promise<{ document: DocumentRecord; tasks: TaskWithAssignments[] } | null> {
  const [found] = await readQuery<{ document: DocumentRecord; tasks: TaskWithAssignments[] }>(
    store,
    documentWithTasksCypher(plan),
    { id: documentId },
  );
  return found ?? null;
}
