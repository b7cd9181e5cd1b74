import type { Store } from './open-store.js';
import { readQuery } from './read-query.js';
import { assignmentOf, documentOf, entityOf, taskOf } from './read-projections.js';
import type { AssignmentRecord, DocumentRecord, EntityRecord, TaskRecord } from './read-records.js';

// Every task of the chosen documents, owned or not (an unowned task is a gap a planner must
// see), with its assignments leads first.
const FIND_MATRIX_CYPHER = `
MATCH (d:Document)
WHERE ($documentId IS NULL OR d.id = $documentId)
  AND ($jurisdiction IS NULL OR d.jurisdiction = $jurisdiction)
MATCH (d)-[:HAS_TASK]->(t:Task)
OPTIONAL MATCH (t)-[r:ASSIGNED_TO]->(a:Agency)
WITH d, t, r, a
ORDER BY coalesce(d.date, '') DESC, d.id, t.start, t.id,
  CASE r.role WHEN 'lead' THEN 0 ELSE 1 END, r.start, a.id
RETURN ${documentOf('d')} AS document, ${taskOf('t')} AS task,
  CASE WHEN r IS NULL THEN null ELSE ${assignmentOf('r', 't', 'a')} END AS assignment,
  CASE WHEN a IS NULL THEN null ELSE ${entityOf('a')} END AS agency`;

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
  task: TaskRecord;
  assignment: AssignmentRecord | null;
  agency: EntityRecord | null;
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
    tasks.set(row.task.id, row.task);
    if (row.assignment === null || row.agency === null) continue;
    assignments.push(row.assignment);
    const entry = agencies.get(row.agency.id) ?? {
      agency: row.agency,
      leadCount: 0,
      supportCount: 0,
    };
    if (row.assignment.role === 'lead') entry.leadCount += 1;
    else entry.supportCount += 1;
    agencies.set(row.agency.id, entry);
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
