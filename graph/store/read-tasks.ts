import type { Store } from './open-store.js';
import { FULL_READ } from './read-plan.js';
import type { ReadPlan } from './read-plan.js';
import { readQuery } from './read-query.js';
import { targetOf, taskOf } from './read-projections.js';
import type { TargetRecord, TaskRecord } from './read-records.js';

const tasksByIdsCypher = (plan: ReadPlan): string => `
UNWIND $ids AS id
MATCH (t:Task {id: id})
RETURN ${taskOf('t', plan)} AS row`;

const tasksByDocumentIdsCypher = (plan: ReadPlan): string => `
UNWIND $ids AS id
MATCH (t:Task {documentId: id})
WITH t ORDER BY t.documentId, t.start, t.id
RETURN ${taskOf('t', plan)} AS row`;

const FIND_TARGETS_BY_IDS_CYPHER = `
UNWIND $ids AS id
MATCH (g:Target {id: id})
RETURN ${targetOf('g')} AS row`;

const FIND_TARGETS_BY_DOCUMENT_IDS_CYPHER = `
UNWIND $ids AS id
MATCH (g:Target {documentId: id})
WITH g ORDER BY g.documentId, g.start, g.id
RETURN ${targetOf('g')} AS row`;

const FIND_TARGETS_BY_TASK_IDS_CYPHER = `
UNWIND $ids AS id
MATCH (:Task {id: id})-[:SETS_TARGET]->(g:Target)
WITH g ORDER BY g.start, g.id
RETURN ${targetOf('g')} AS row`;

async function rowsOf<T>(store: Store, cypher: string, ids: readonly string[]): Promise<T[]> {
  if (ids.length === 0) return [];
  const rows = await readQuery<{ row: T }>(store, cypher, { ids });
  return rows.map((r) => r.row);
}

export function findTasksByIds(
  store: Store,
  ids: readonly string[],
  plan: ReadPlan = FULL_READ,
): Promise<TaskRecord[]> {
  return rowsOf(store, tasksByIdsCypher(plan), ids);
}

/** Tasks of the documents, in reading order. */
export function findTasksByDocumentIds(
  store: Store,
  documentIds: readonly string[],
  plan: ReadPlan = FULL_READ,
): Promise<TaskRecord[]> {
  return rowsOf(store, tasksByDocumentIdsCypher(plan), documentIds);
}

export function findTargetsByIds(store: Store, ids: readonly string[]): Promise<TargetRecord[]> {
  return rowsOf(store, FIND_TARGETS_BY_IDS_CYPHER, ids);
}

export function findTargetsByDocumentIds(
  store: Store,
  documentIds: readonly string[],
): Promise<TargetRecord[]> {
  return rowsOf(store, FIND_TARGETS_BY_DOCUMENT_IDS_CYPHER, documentIds);
}

/** Targets the tasks set; each record's taskId says whose. */
export function findTargetsByTaskIds(
  store: Store,
  taskIds: readonly string[],
): Promise<TargetRecord[]> {
  return rowsOf(store, FIND_TARGETS_BY_TASK_IDS_CYPHER, taskIds);
}
