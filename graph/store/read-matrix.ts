import type { Store } from './open-store.js';
import { readQuery } from './read-query.js';
import { assignmentOf, documentOf, entityOf, taskOf } from './read-projections.js';
import type { AssignmentRecord, DocumentRecord, EntityRecord, TaskRecord } from './read-records.js';

// Every task of the chosen documents, owned or not (an unowned task is a gap a planner must
// see), with its assignments leads first. One row per document, tasks nested, so a document's
// fields travel once rather than once per task and owner.
const FIND_MATRIX_CYPHER = `
MATCH (d:Document)
WHERE ($documentId IS NULL OR d.id = $documentId)
  AND ($jurisdiction IS NULL OR d.jurisdiction = $jurisdiction)
WITH d ORDER BY coalesce(d.date, '') DESC, d.id
CALL (d) {
  MATCH (d)-[:HAS_TASK]->(t:Task)
  OPTIONAL MATCH (t)-[r:ASSIGNED_TO]->(a:Entity)
  WITH t, r, a ORDER BY t.start, t.id, CASE r.role WHEN 'lead' THEN 0 ELSE 1 END, r.start, a.id
  WITH t, collect(CASE WHEN r IS NULL THEN null ELSE {
    assignment: ${assignmentOf('r', 't', 'a')}, agency: ${entityOf('a')} } END) AS owners
  ORDER BY t.start, t.id
  RETURN collect({ task: ${taskOf('t')}, owners: owners }) AS tasks
}
RETURN ${documentOf('d')} AS document, tasks`;

export interface MatrixAgencyRecord {
  agency: EntityRecord;
  leadCount: number;
  supportCount: number;
}

export interface ResponsibilityMatrixRecord {
  documents: DocumentRecord[];
  /** In document, then reading order. */
  tasks: TaskRecord[];
  /** Agencies that own a task here, most leads first. */
  agencies: MatrixAgencyRecord[];
  /** One per (task, agency, role), leads first within a task. */
  assignments: AssignmentRecord[];
}

interface MatrixRow {
  document: DocumentRecord;
  tasks: { task: TaskRecord; owners: { assignment: AssignmentRecord; agency: EntityRecord }[] }[];
}

/** Agencies × tasks for one document or for every document of a jurisdiction (both: AND). */
export async function findResponsibilityMatrix(
  store: Store,
  scope: { documentId?: string | null | undefined; jurisdiction?: string | null | undefined },
): Promise<ResponsibilityMatrixRecord> {
  const rows = await readQuery<MatrixRow>(store, FIND_MATRIX_CYPHER, {
    documentId: scope.documentId ?? null,
    jurisdiction: scope.jurisdiction ?? null,
  });
  return toMatrix(rows);
}

function toMatrix(rows: readonly MatrixRow[]): ResponsibilityMatrixRecord {
  const documents = new Map<string, DocumentRecord>();
  const tasks = new Map<string, TaskRecord>();
  const agencies = new Map<string, MatrixAgencyRecord>();
  const assignments: AssignmentRecord[] = [];
  for (const row of rows) {
    documents.set(row.document.id, row.document);
    for (const { task, owners } of row.tasks) {
      tasks.set(task.id, task);
      for (const { assignment, agency } of owners) {
        assignments.push(assignment);
        const entry = agencies.get(agency.id) ?? { agency, leadCount: 0, supportCount: 0 };
        if (assignment.role === 'lead') entry.leadCount += 1;
        else entry.supportCount += 1;
        agencies.set(agency.id, entry);
      }
    }
  }
  const ranked = [...agencies.values()].sort(
    (a, b) =>
      b.leadCount - a.leadCount ||
      b.supportCount - a.supportCount ||
      a.agency.name.localeCompare(b.agency.name, 'zh'),
  );
  return {
    documents: [...documents.values()],
    tasks: [...tasks.values()],
    agencies: ranked,
    assignments,
  };
}
