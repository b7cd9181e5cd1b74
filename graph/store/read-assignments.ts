import type { OwnerRole } from '../model/vocabulary.js';
import type { Store } from './open-store.js';
import { FULL_READ } from './read-plan.js';
import type { ReadPlan } from './read-plan.js';
import { readQuery } from './read-query.js';
import { assignmentOf, documentOf, entityOf, orNull, taskOf } from './read-projections.js';
import type { Projection } from './read-projections.js';
import type { AssignmentRecord, DocumentRecord, EntityRecord, TaskRecord } from './read-records.js';

/** An assignment with both its ends and the task's document, so callers need no second read. */
export interface AssignmentRow {
  assignment: AssignmentRecord;
  task: TaskRecord;
  /** Null when the caller asked by agency (it has the agency already). */
  agency: EntityRecord | null;
  document: DocumentRecord | null;
}

/** The projections one read uses, all under the same plan. */
interface Shapes {
  assignment: Projection<AssignmentRecord>;
  task: Projection<TaskRecord>;
  agency: Projection<EntityRecord>;
  document: Projection<DocumentRecord>;
}

function shapesOf(plan: ReadPlan): Shapes {
  return {
    assignment: assignmentOf('r', 't', 'a', plan),
    task: taskOf('t', plan),
    agency: entityOf('a', plan),
    document: documentOf('d', plan),
  };
}

// Leads first, then in the order the clause names them.
const assignmentsByTaskIdsCypher = (s: Shapes): string => `
UNWIND $ids AS id
MATCH (t:Task {id: id})-[r:ASSIGNED_TO]->(a:Entity)
WITH t, r, a ORDER BY CASE r.role WHEN 'lead' THEN 0 ELSE 1 END, r.start, a.id
RETURN ${s.assignment.cypher} AS assignment, ${s.task.cypher} AS task,
  ${s.agency.cypher} AS agency, null AS document`;

// A busy agency has thousands of tasks: filter the role in Cypher and leave out the agency
// itself (the caller has it) so each row carries only the task, its document and the evidence.
const assignmentsByAgencyIdsCypher = (s: Shapes): string => `
UNWIND $ids AS id
MATCH (t:Task)-[r:ASSIGNED_TO]->(a:Entity {id: id})
WHERE $role IS NULL OR r.role = $role
OPTIONAL MATCH (d:Document {id: t.documentId})
WITH t, r, a, d ORDER BY t.documentId, t.start, t.id
RETURN ${s.assignment.cypher} AS assignment, ${s.task.cypher} AS task,
  null AS agency, CASE WHEN d IS NULL THEN null ELSE ${s.document.cypher} END AS document`;

interface RawAssignmentRow {
  assignment: unknown;
  task: unknown;
  agency: unknown;
  document: unknown;
}

function toAssignmentRow(s: Shapes, row: RawAssignmentRow): AssignmentRow {
  return {
    assignment: s.assignment.decode(row.assignment),
    task: s.task.decode(row.task),
    agency: orNull(s.agency)(row.agency),
    document: orNull(s.document)(row.document),
  };
}

async function rowsOf(
  store: Store,
  cypherOf: (s: Shapes) => string,
  plan: ReadPlan,
  ids: readonly string[],
  role: OwnerRole | null = null,
): Promise<AssignmentRow[]> {
  if (ids.length === 0) return [];
  const s = shapesOf(plan);
  const rows = await readQuery<RawAssignmentRow>(store, cypherOf(s), { ids, role });
  return rows.map((row) => toAssignmentRow(s, row));
}

/** Owners of the tasks, leads first. */
export function findAssignmentsByTaskIds(
  store: Store,
  taskIds: readonly string[],
  plan: ReadPlan = FULL_READ,
): Promise<AssignmentRow[]> {
  return rowsOf(store, assignmentsByTaskIdsCypher, plan, taskIds);
}

/** Tasks assigned to the agencies (in one role, or any), by document and reading order. */
export function findAssignmentsByAgencyIds(
  store: Store,
  agencyIds: readonly string[],
  role: OwnerRole | null = null,
  plan: ReadPlan = FULL_READ,
): Promise<AssignmentRow[]> {
  return rowsOf(store, assignmentsByAgencyIdsCypher, plan, agencyIds, role);
}

// A task's owners as [assignment, agency] pairs, leads first, for the reads below.
const ownersOf = (s: Shapes): string => `collect(CASE WHEN r IS NULL THEN null ELSE [
    ${s.assignment.cypher}, ${s.agency.cypher}] END)`;

// A document's tasks with their owners in one read, for the common "who owns each task" query.
const tasksWithAssignmentsByDocumentIdsCypher = (s: Shapes): string => `
UNWIND $ids AS id
MATCH (t:Task {documentId: id})
OPTIONAL MATCH (t)-[r:ASSIGNED_TO]->(a:Entity)
WITH t, r, a
ORDER BY t.documentId, t.start, t.id, CASE r.role WHEN 'lead' THEN 0 ELSE 1 END, r.start, a.id
WITH t, ${ownersOf(s)} AS owners
ORDER BY t.documentId, t.start, t.id
RETURN ${s.task.cypher} AS task, owners`;

export interface TaskWithAssignments {
  task: TaskRecord;
  owners: { assignment: AssignmentRecord; agency: EntityRecord }[];
}

function toTaskWithAssignments(s: Shapes, task: unknown, owners: unknown): TaskWithAssignments {
  return {
    task: s.task.decode(task),
    owners: (owners as [unknown, unknown][]).map(([assignment, agency]) => ({
      assignment: s.assignment.decode(assignment),
      agency: s.agency.decode(agency),
    })),
  };
}

/** Tasks of the documents in reading order, each with its owners (leads first). */
export async function findTasksWithAssignmentsByDocumentIds(
  store: Store,
  documentIds: readonly string[],
  plan: ReadPlan = FULL_READ,
): Promise<TaskWithAssignments[]> {
  if (documentIds.length === 0) return [];
  const s = shapesOf(plan);
  const rows = await readQuery<{ task: unknown; owners: unknown }>(
    store,
    tasksWithAssignmentsByDocumentIdsCypher(s),
    { ids: documentIds },
  );
  return rows.map((row) => toTaskWithAssignments(s, row.task, row.owners));
}

// The agency and its tasks in one read, for "which tasks does this agency lead?" asked by id.
// Each row is [assignment, task, document].
const agencyWithAssignmentsCypher = (s: Shapes): string => `
MATCH (a:Agency {id: $id})
CALL (a) {
  OPTIONAL MATCH (t:Task)-[r:ASSIGNED_TO]->(a)
  WHERE $role IS NULL OR r.role = $role
  OPTIONAL MATCH (d:Document {id: t.documentId})
  WITH t, r, d ORDER BY t.documentId, t.start, t.id
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE [${s.assignment.cypher}, ${s.task.cypher},
    CASE WHEN d IS NULL THEN null ELSE ${s.document.cypher} END] END) AS rows
}
RETURN ${s.agency.cypher} AS agency, rows`;

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
  const s = shapesOf(plan);
  const [found] = await readQuery<{ agency: unknown; rows: [unknown, unknown, unknown][] }>(
    store,
    agencyWithAssignmentsCypher(s),
    { id: agencyId, role },
  );
  if (found === undefined) return null;
  return {
    agency: s.agency.decode(found.agency),
    rows: found.rows.map(([assignment, task, document]) =>
      toAssignmentRow(s, { assignment, task, agency: null, document }),
    ),
  };
}

// A document with its tasks and their owners in one read: "who owns each task of this plan?".
// Each task is [task, owners].
const documentWithTasksCypher = (s: Shapes): string => `
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (t:Task {documentId: d.id})
  OPTIONAL MATCH (t)-[r:ASSIGNED_TO]->(a:Entity)
  WITH t, r, a ORDER BY t.start, t.id, CASE r.role WHEN 'lead' THEN 0 ELSE 1 END, r.start, a.id
  WITH t, ${ownersOf(s)} AS owners
  ORDER BY t.start, t.id
  RETURN collect(CASE WHEN t IS NULL THEN null ELSE [${s.task.cypher}, owners] END) AS tasks
}
RETURN ${s.document.cypher} AS document, tasks`;

/** A document with its tasks in reading order, each with its owners; null when absent. */
export async function findDocumentWithTasks(
  store: Store,
  documentId: string,
  plan: ReadPlan = FULL_READ,
): Promise<{ document: DocumentRecord; tasks: TaskWithAssignments[] } | null> {
  const s = shapesOf(plan);
  const [found] = await readQuery<{ document: unknown; tasks: [unknown, unknown][] }>(
    store,
    documentWithTasksCypher(s),
    { id: documentId },
  );
  if (found === undefined) return null;
  return {
    document: s.document.decode(found.document),
    tasks: found.tasks.map(([task, owners]) => toTaskWithAssignments(s, task, owners)),
  };
}
