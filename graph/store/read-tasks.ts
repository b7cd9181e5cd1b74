import type { Store } from './open-store.js';
import { FULL_READ } from './read-plan.js';
import type { ReadPlan } from './read-plan.js';
import { readQuery } from './read-query.js';
import { targetOf, taskOf } from './read-projections.js';
import type { Projection } from './read-projections.js';
import type { TargetRecord, TaskRecord } from './read-records.js';

const tasksByIdsCypher = (task: Projection<TaskRecord>): string => `
UNWIND $ids AS id
MATCH (t:Task {id: id})
RETURN ${task.cypher} AS row`;

const tasksByDocumentIdsCypher = (task: Projection<TaskRecord>): string => `
UNWIND $ids AS id
MATCH (t:Task {documentId: id})
WITH t ORDER BY t.documentId, t.start, t.id
RETURN ${task.cypher} AS row`;

const TARGET = targetOf('g');

const FIND_TARGETS_BY_IDS_CYPHER = `
UNWIND $ids AS id
MATCH (g:Target {id: id})
RETURN ${TARGET.cypher} AS row`;

const FIND_TARGETS_BY_DOCUMENT_IDS_CYPHER = `
UNWIND $ids AS id
MATCH (g:Target {documentId: id})
WITH g ORDER BY g.documentId, g.start, g.id
RETURN ${TARGET.cypher} AS row`;

const FIND_TARGETS_BY_TASK_IDS_CYPHER = `
UNWIND $ids AS id
MATCH (:Task {id: id})-[:SETS_TARGET]->(g:Target)
WITH g ORDER BY g.start, g.id
RETURN ${TARGET.cypher} AS row`;

async function rowsOf<T>(
  store: Store,
  cypher: string,
  ids: readonly string[],
  decode: (value: unknown) => T,
): Promise<T[]> {
  if (ids.length === 0) return [];
  const rows = await readQuery<{ row: unknown }>(store, cypher, { ids });
  return rows.map((r) => decode(r.row));
}

export function findTasksByIds(
  store: Store,
  ids: readonly string[],
  plan: ReadPlan = FULL_READ,
): Promise<TaskRecord[]> {
  const task = taskOf('t', plan);
  return rowsOf(store, tasksByIdsCypher(task), ids, task.decode);
}

/** Tasks of the documents, in reading order. */
export function findTasksByDocumentIds(
  store: Store,
  documentIds: readonly string[],
  plan: ReadPlan = FULL_READ,
): Promise<TaskRecord[]> {
  const task = taskOf('t', plan);
  return rowsOf(store, tasksByDocumentIdsCypher(task), documentIds, task.decode);
}

export function findTargetsByIds(store: Store, ids: readonly string[]): Promise<TargetRecord[]> {
  return rowsOf(store, FIND_TARGETS_BY_IDS_CYPHER, ids, TARGET.decode);
}

export function findTargetsByDocumentIds(
  store: Store,
  documentIds: readonly string[],
): Promise<TargetRecord[]> {
  return rowsOf(store, FIND_TARGETS_BY_DOCUMENT_IDS_CYPHER, documentIds, TARGET.decode);
}

/** Targets the tasks set; each record's taskId says whose. */
export function findTargetsByTaskIds(
  store: Store,
  taskIds: readonly string[],
): Promise<TargetRecord[]> {
  return rowsOf(store, FIND_TARGETS_BY_TASK_IDS_CYPHER, taskIds, TARGET.decode);
}
