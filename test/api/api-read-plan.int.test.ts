import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../api/create-api.js';
import type { Api } from '../../api/create-api.js';
import { toGlobalId } from '../../api/global-id.js';
import type { Store } from '../../graph/store/open-store.js';
import { findResponsibilityMatrix } from '../../graph/store/read-matrix.js';
import { readPlanOf } from '../../graph/store/read-plan.js';
import { searchEntities } from '../../graph/store/search-entities.js';
import { ensureSchema } from '../../graph/store/schema.js';
import { openTestStore } from '../support/open-test-store.js';
import { postGraphQL } from './api-client.js';
import { savePlanFixture } from './make-plan-fixture.js';
import type { PlanFixture } from './make-plan-fixture.js';

let store: Store;
let api: Api;
let plan: PlanFixture;

beforeAll(async () => {
  store = openTestStore();
  await ensureSchema(store);
  plan = await savePlanFixture(store);
  api = createApi({ store, config: { token: undefined, corsOrigins: undefined } });
});

afterAll(async () => {
  await store.close();
});

describe('read plans', () => {
  it('leave out of a read the properties the plan does not name', async () => {
    const light = await findResponsibilityMatrix(
      store,
      { documentId: plan.planId },
      readPlanOf(new Set(['role'])),
    );
    const full = await findResponsibilityMatrix(store, { documentId: plan.planId });
    expect(full.tasks.map((task) => task.body)).toContain(
      plan.planText.split('\n').find((line) => line.startsWith('1.')),
    );
    expect(light.tasks.map((task) => task.body)).toEqual(full.tasks.map(() => ''));
    expect(light.assignments.map((a) => a.evidence)).toEqual(full.assignments.map(() => null));
    // What identifies and orders the facts is always read.
    expect(light.tasks.map((task) => [task.id, task.start])).toEqual(
      full.tasks.map((task) => [task.id, task.start]),
    );
    expect(light.assignments.map((a) => [a.taskId, a.agencyId, a.role])).toEqual(
      full.assignments.map((a) => [a.taskId, a.agencyId, a.role]),
    );
  });

  it('give every field of an operation its data, however its records were first read', async () => {
    // The document's tasks are read (and the task loader primed) for `tasks { title }`; the
    // same task asked for by id elsewhere in the operation must still have its body.
    const taskId = toGlobalId('Task', `${plan.planId}#t1`);
    const result = await postGraphQL(
      api,
      `query($doc: ID!, $task: ID!) {
        document(id: $doc) { tasks { title owners { role } } }
        task(id: $task) { title body deadline owners { name evidence { sentence } } }
      }`,
      { doc: toGlobalId('Document', plan.planId), task: taskId },
    );
    expect(result.errors).toBeUndefined();
    const task = (
      result.data as {
        task: { body: string; deadline: string; owners: { evidence: { sentence: string } }[] };
      }
    ).task;
    expect(task.body).toContain('建设');
    expect(task.deadline).toBe('2025年底');
    expect(task.owners.map((owner) => owner.evidence.sentence)).toContain(task.body);
  });

  it('read for search only the entity properties an operation shows, and all that it shows', async () => {
    const input = { text: plan.names.lead, types: ['Agency'] as const, first: 5 };
    const light = await searchEntities(store, input, readPlanOf(new Set(['name'])));
    const full = await searchEntities(store, input);
    expect(light.map((hit) => hit.entity.id)).toEqual(full.map((hit) => hit.entity.id));
    expect(full.some((hit) => hit.entity.jurisdiction !== null && hit.matched !== '')).toBe(true);
    expect(light.map((hit) => [hit.entity.jurisdiction, hit.matched])).toEqual(
      light.map(() => [null, '']),
    );
    const shown = await postGraphQL<{ search: { entity: { jurisdiction: string | null } }[] }>(
      api,
      `query($t: String!) { search(text: $t, types: [AGENCY], first: 5) {
        entity { key ... on Agency { jurisdiction } } } }`,
      { t: input.text },
    );
    expect(shown.data?.search.map((hit) => hit.entity.jurisdiction)).toEqual(
      full.map((hit) => hit.entity.jurisdiction),
    );
  });
});
