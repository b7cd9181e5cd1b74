import type { Store } from './open-store.js';
import { FULL_READ } from './read-plan.js';
import type { ReadPlan } from './read-plan.js';
import { readQuery } from './read-query.js';
import { assignmentOf, documentOf, entityOf, taskOf } from './read-projections.js';
import type { AssignmentRecord, DocumentRecord, EntityRecord, TaskRecord } from './read-records.js';

// Every task of the chosen documents, owned or not (an unowned task is a gap a planner must
// see), with its assignments leads first. One row in all: each document with its tasks nested,
// so a document's fields travel once rather than once per task and owner; an owner travels as
// its id, and each agency once in `agencies` for the whole matrix (once per document instead
// cost 1.1 ms more Node and 1.5 ms more Neo4j CPU per read on a 34-document jurisdiction).
// The documents are found through an index: one statement per way of choosing them rather
// than `$x IS NULL OR …`, which makes Neo4j scan every document.
const MATRIX_SCOPES = {
  document: 'MATCH (d:Document {id: $documentId})',
  jurisdiction: 'MATCH (d:Document {jurisdiction: $jurisdiction})',
  both: 'MATCH (d:Document {id: $documentId}) WHERE d.jurisdiction = $jurisdiction',
} as const;

/** The projections of one matrix read, under its plan. */
function shapesOf(plan: ReadPlan) {
  return {
    assignment: assignmentOf('r', 't', 'a', plan),
    task: taskOf('t', plan),
    document: documentOf('d', plan),
    agency: entityOf('a', plan),
  };
}

type Shapes = ReturnType<typeof shapesOf>;

// Each task is [task, owners].
function matrixCypher(scope: keyof typeof MATRIX_SCOPES, s: Shapes): string {
  return `
${MATRIX_SCOPES[scope]}
WITH d ORDER BY coalesce(d.date, '') DESC, d.id
CALL (d) {
  MATCH (d)-[:HAS_TASK]->(t:Task)
  OPTIONAL MATCH (t)-[r:ASSIGNED_TO]->(a:Entity)
  WITH t, r, a ORDER BY t.start, t.id, CASE r.role WHEN 'lead' THEN 0 ELSE 1 END, r.start, a.id
  WITH t, collect(CASE WHEN r IS NULL THEN null ELSE ${s.assignment.cypher} END) AS owners,
    collect(a) AS owning
  ORDER BY t.start, t.id
  RETURN collect([${s.task.cypher}, owners]) AS tasks, collect(owning) AS owning
}
WITH collect([${s.document.cypher}, tasks]) AS documents, collect(owning) AS owning
RETURN documents, collect {
  UNWIND owning AS ofDocument UNWIND ofDocument AS ofTask UNWIND ofTask AS a
  WITH DISTINCT a RETURN ${s.agency.cypher}
} AS agencies`;
}

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
  /** In date order, newest first; each task is [task, owners]. */
  documents: [document: unknown, tasks: [task: unknown, owners: unknown[]][]][];
  /** The agencies owning any of the tasks, each once. */
  agencies: unknown[];
}

/** What a read of no documents returns. */
const NO_ROW: MatrixRow = { documents: [], agencies: [] };

/** Agencies × tasks for one document or for every document of a jurisdiction (both: AND; neither: empty). */
export async function findResponsibilityMatrix(
  store: Store,
  scope: { documentId?: string | null | undefined; jurisdiction?: string | null | undefined },
  plan: ReadPlan = FULL_READ,
): Promise<ResponsibilityMatrixRecord> {
  const documentId = scope.documentId ?? null;
  const jurisdiction = scope.jurisdiction ?? null;
  if (documentId === null && jurisdiction === null) {
    return toMatrix(NO_ROW, shapesOf(plan));
  }
  const shapes = shapesOf(plan);
  const cypher = matrixCypher(
    documentId === null ? 'jurisdiction' : jurisdiction === null ? 'document' : 'both',
    shapes,
  );
  const [row] = await readQuery<MatrixRow>(store, cypher, { documentId, jurisdiction });
  return toMatrix(row ?? NO_ROW, shapes);
}

function toMatrix(row: MatrixRow, s: Shapes): ResponsibilityMatrixRecord {
  const documents = new Map<string, DocumentRecord>();
  const tasks = new Map<string, TaskRecord>();
  const agencies = new Map<string, MatrixAgencyRecord>();
  const assignments: AssignmentRecord[] = [];
  const owners = new Map(
    row.agencies.map((value) => {
      const agency = s.agency.decode(value);
      return [agency.id, agency];
    }),
  );
  for (const [documentValue, documentTasks] of row.documents) {
    const document = s.document.decode(documentValue);
    documents.set(document.id, document);
    for (const [value, assigned] of documentTasks) {
      const task = s.task.decode(value);
      tasks.set(task.id, task);
      for (const assignment of assigned.map(s.assignment.decode)) {
        const agency = owners.get(assignment.agencyId);
        if (agency === undefined) continue;
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
