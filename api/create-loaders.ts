import {
  findAssignmentsByAgencyIds,
  findAssignmentsByTaskIds,
  findTasksWithAssignmentsByDocumentIds,
} from '../graph/store/read-assignments.js';
import type { AssignmentRow, TaskWithAssignments } from '../graph/store/read-assignments.js';
import type { OwnerRole } from '../graph/model/vocabulary.js';
import {
  findCitationsByDocumentIds,
  findCitingByDocumentIds,
  findIssuedByAgencyIds,
  findIssuersByDocumentIds,
} from '../graph/store/read-citations.js';
import { findDocumentsByIds, findDocumentTexts } from '../graph/store/read-documents.js';
import { findAgencyLoads, findEntitiesByIds } from '../graph/store/read-entities.js';
import type { AgencyLoad } from '../graph/store/read-entities.js';
import {
  findDifferentByEntityIds,
  findRelationsByEntityIds,
} from '../graph/store/read-entity-relations.js';
import {
  findDocumentsByEntityIds,
  findMentionsByDocumentIds,
  findMentionsByTaskIds,
} from '../graph/store/read-mentions.js';
import type {
  AssignmentRecord,
  CitationRecord,
  DocumentRecord,
  EntityRecord,
  EntityRelationRecord,
  IssuerRecord,
  MentionRecord,
  TargetRecord,
  TaskRecord,
} from '../graph/store/read-records.js';
import {
  findTargetsByDocumentIds,
  findTargetsByIds,
  findTargetsByTaskIds,
  findTasksByDocumentIds,
  findTasksByIds,
} from '../graph/store/read-tasks.js';
import type { Store } from '../graph/store/open-store.js';
import { KnownFirstLoader } from './known-first-loader.js';
import { FULL_READ } from '../graph/store/read-plan.js';
import type { ReadPlan } from '../graph/store/read-plan.js';

/**
 * Per-request batching: every field that needs more data asks a loader, and all the asks of
 * one execution tick become one store read. A query's round trips then depend on its shape,
 * not on how many items it returns. Every read of one request uses the request's plan, so a
 * record primed by one read has the same properties as the loader would have read.
 */
export function createLoaders(store: Store, plan: ReadPlan = FULL_READ) {
  const loaders = {
    document: byId(
      (ids) => findDocumentsByIds(store, ids, plan),
      (d: DocumentRecord) => d.id,
    ),
    documentText: byId(
      (ids) => findDocumentTexts(store, ids),
      (d: { id: string; text: string }) => d.id,
    ),
    task: byId(
      (ids) => findTasksByIds(store, ids, plan),
      (t: TaskRecord) => t.id,
    ),
    target: byId(
      (ids) => findTargetsByIds(store, ids),
      (t: TargetRecord) => t.id,
    ),
    entity: byId(
      (ids) => findEntitiesByIds(store, ids),
      (e: EntityRecord) => e.id,
    ),
    agencyLoad: byId(
      (ids) => findAgencyLoads(store, ids),
      (l: AgencyLoad) => l.agencyId,
    ),
    tasksByDocument: grouped(
      (ids) => findTasksByDocumentIds(store, ids, plan),
      (t: TaskRecord) => t.documentId,
    ),
    targetsByDocument: grouped(
      (ids) => findTargetsByDocumentIds(store, ids),
      (t: TargetRecord) => t.documentId,
    ),
    targetsByTask: grouped(
      (ids) => findTargetsByTaskIds(store, ids),
      (t: TargetRecord) => t.taskId ?? '',
    ),
    // Assignment rows carry their task, agency and document: prime those loaders with them so
    // that `owners { agency }` or `tasks { task { document } }` cost no further read.
    assignmentsByTask: grouped(
      async (ids) => primeEnds(await findAssignmentsByTaskIds(store, ids, plan)),
      (a: AssignmentRecord) => a.taskId,
    ),
    // Tasks read together with their owners when a query asks for both (Document.tasks).
    tasksWithOwnersByDocument: grouped(
      async (ids) => primeOwners(await findTasksWithAssignmentsByDocumentIds(store, ids, plan)),
      (t: TaskRecord) => t.documentId,
    ),
    assignmentsByAgency: grouped(
      async (ids) => primeEnds(await findAssignmentsByAgencyIds(store, ids, null, plan)),
      (a: AssignmentRecord) => a.agencyId,
    ),
    leadAssignmentsByAgency: grouped(
      async (ids) => primeEnds(await findAssignmentsByAgencyIds(store, ids, 'lead', plan)),
      (a: AssignmentRecord) => a.agencyId,
    ),
    supportAssignmentsByAgency: grouped(
      async (ids) => primeEnds(await findAssignmentsByAgencyIds(store, ids, 'support', plan)),
      (a: AssignmentRecord) => a.agencyId,
    ),
    mentionsByDocument: grouped(
      (ids) => findMentionsByDocumentIds(store, ids),
      (m: MentionRecord) => m.documentId,
    ),
    mentionsByTask: grouped(
      (ids) => findMentionsByTaskIds(store, ids),
      (m: MentionRecord) => m.fromId,
    ),
    documentsByEntity: grouped(
      (ids) => findDocumentsByEntityIds(store, ids),
      (row: { entityId: string; document: DocumentRecord }) => row.entityId,
    ),
    citations: grouped(
      (ids) => findCitationsByDocumentIds(store, ids),
      (c: CitationRecord) => c.citingId,
    ),
    citing: grouped(
      (ids) => findCitingByDocumentIds(store, ids),
      (c: CitationRecord) => c.citedDocumentId ?? '',
    ),
    issuers: grouped(
      (ids) => findIssuersByDocumentIds(store, ids),
      (i: IssuerRecord) => i.documentId,
    ),
    issued: grouped(
      (ids) => findIssuedByAgencyIds(store, ids),
      (i: IssuerRecord) => i.agencyId,
    ),
    relationsByEntity: grouped(
      (ids) => findRelationsByEntityIds(store, ids),
      (row: { entityId: string; row: EntityRelationRecord }) => row.entityId,
    ),
    differentByEntity: grouped(
      (ids) => findDifferentByEntityIds(store, ids),
      (row: { entityId: string; otherId: string }) => row.entityId,
    ),
  };

  function primeOwners(rows: readonly TaskWithAssignments[]): TaskRecord[] {
    for (const { task, owners } of rows) {
      loaders.task.prime(task.id, task);
      for (const { agency } of owners) loaders.entity.prime(agency.id, agency);
      loaders.assignmentsByTask.prime(
        task.id,
        owners.map((owner) => owner.assignment),
      );
    }
    return rows.map((row) => row.task);
  }

  function primeEnds(rows: readonly AssignmentRow[]): AssignmentRecord[] {
    for (const row of rows) {
      loaders.task.prime(row.task.id, row.task);
      if (row.agency !== null) loaders.entity.prime(row.agency.id, row.agency);
      if (row.document !== null) loaders.document.prime(row.document.id, row.document);
    }
    return rows.map((row) => row.assignment);
  }

  // A root field that read a whole field tree at once (query-resolvers) hands the rows here,
  // so the nested fields find them in the loaders instead of reading again.
  const primers = {
    /** A document read together with its tasks and their owners. */
    documentWithTasks(document: DocumentRecord, tasks: readonly TaskWithAssignments[]): void {
      loaders.document.prime(document.id, document);
      const taskRecords = primeOwners(tasks);
      loaders.tasksWithOwnersByDocument.prime(document.id, taskRecords);
      loaders.tasksByDocument.prime(document.id, taskRecords);
    },
    /** An agency read together with its assignments in one role (null: any role). */
    agencyWithAssignments(
      agency: EntityRecord,
      role: OwnerRole | null,
      rows: readonly AssignmentRow[],
    ): void {
      loaders.entity.prime(agency.id, agency);
      const assignments = primeEnds(rows);
      const loader =
        role === 'lead'
          ? loaders.leadAssignmentsByAgency
          : role === 'support'
            ? loaders.supportAssignmentsByAgency
            : loaders.assignmentsByAgency;
      loader.prime(agency.id, assignments);
    },
  };

  return { ...loaders, primers };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** A loader of one record per id (null when absent). */
function byId<T>(
  fetch: (ids: readonly string[]) => Promise<T[]>,
  idOf: (record: T) => string,
): KnownFirstLoader<T | null> {
  return new KnownFirstLoader<T | null>(async (ids) => {
    const found = new Map((await fetch(ids)).map((record) => [idOf(record), record]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** A loader of all records belonging to each key, in the order the store returned them. */
function grouped<T>(
  fetch: (ids: readonly string[]) => Promise<T[]>,
  keyOf: (record: T) => string,
): KnownFirstLoader<T[]> {
  return new KnownFirstLoader<T[]>(async (ids) => {
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const record of await fetch(ids)) groups.get(keyOf(record))?.push(record);
    return ids.map((id) => groups.get(id) ?? []);
  });
}
