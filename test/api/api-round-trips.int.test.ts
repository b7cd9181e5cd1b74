import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../api/create-api.js';
import type { Api } from '../../api/create-api.js';
import type { Store } from '../../graph/store/open-store.js';
import { ensureSchema } from '../../graph/store/schema.js';
import { openTestStore } from '../support/open-test-store.js';
import { postGraphQL } from './api-client.js';
import { toGlobalId } from '../../api/global-id.js';
import { randomHan, savePlanFixture } from './make-plan-fixture.js';
import type { PlanFixture } from './make-plan-fixture.js';

let store: Store;
let api: Api;
// Two jurisdictions of the same shape: one holds a plan and the policy it cites, the other
// three such pairs. The same query over each returns the same kinds of things, three times as
// many in the second, so any difference in round trips would be per-item reads (N+1).
const small = { tag: '', jurisdiction: '' };
const large = { tag: '', jurisdiction: '' };
let plan: PlanFixture;

beforeAll(async () => {
  store = openTestStore();
  await ensureSchema(store);
  small.tag = randomHan(4);
  plan = await savePlanFixture(store, small.tag);
  small.jurisdiction = plan.jurisdiction;
  large.tag = randomHan(4);
  for (let i = 0; i < 3; i += 1) {
    large.jurisdiction = (await savePlanFixture(store, large.tag)).jurisdiction;
  }
  api = createApi({ store, config: { token: undefined, corsOrigins: undefined } });
});

afterAll(async () => {
  await store.close();
});

/** Round trips to Neo4j one operation costs. */
async function measure(query: string, variables: Record<string, unknown>): Promise<number> {
  return (await measureWithData(query, variables)).trips;
}

let measurements = 0;

/**
 * Round trips and data of one operation, run twice as a document the API has not seen: its
 * first run is graphql-js's and the second the compiled one's (compile-repeated-operations.ts),
 * so both must batch; the larger count is the operation's.
 */
async function measureWithData(
  query: string,
  variables: Record<string, unknown>,
): Promise<{ trips: number; data: unknown }> {
  measurements += 1;
  const unseen = `${query}\n# measurement ${measurements}`;
  const trips: number[] = [];
  const answers: unknown[] = [];
  for (let run = 0; run < 2; run += 1) {
    const before = store.stats.roundTrips;
    const result = await postGraphQL(api, unseen, variables);
    expect(result.errors).toBeUndefined();
    trips.push(store.stats.roundTrips - before);
    answers.push(result.data);
  }
  expect(answers[1]).toEqual(answers[0]);
  return { trips: Math.max(...trips), data: answers[0] };
}

const DOCUMENTS = `query($j: String, $n: Int) { documents(jurisdiction: $j, first: $n) { edges { node {
  title issuedBy { agency { name } }
  tasks { title owners { role agency { name leadCount } evidence { sentence document { title } } }
          targets { metric } mentions { entity { name } } }
  targets { metric evidence { sentenceStart } }
  cites { document { title } policy { name } } citedBy { document { title } }
  annotations { kind }
} } } }`;

const AGENCIES = `query($j: String, $n: Int) { agencies(jurisdiction: $j, first: $n) { edges { node {
  name leadCount supportCount issued { title }
  tasks { role task { title document { title } targets { metric } } evidence { sentence } }
} } } }`;

const SEARCH = `query($t: String!, $n: Int) { search(text: $t, first: $n) { entity {
  name documents { title } relations { type target { name } }
  ... on Agency { tasks { task { title } } }
} } }`;

describe('round trips per query', () => {
  it('do not grow with the number of documents, tasks and owners returned', async () => {
    const one = await measure(DOCUMENTS, { j: small.jurisdiction, n: 2 });
    const three = await measure(DOCUMENTS, { j: large.jurisdiction, n: 6 });
    // With more items in flight, two loader waves can fall into one batch: fewer, never more.
    expect(three).toBeLessThanOrEqual(one);
    expect(three).toBeGreaterThanOrEqual(one - 2);
  });

  it('do not grow with the number of tasks per agency returned', async () => {
    const one = await measure(AGENCIES, { j: small.jurisdiction, n: 3 });
    const three = await measure(AGENCIES, { j: large.jurisdiction, n: 3 });
    // As above, loader waves may merge (fewer); a per-item read would add trips (more).
    expect(three).toBeLessThanOrEqual(one);
    expect(three).toBeGreaterThanOrEqual(one - 2);
  });

  it('do not grow with the number of documents per search hit', async () => {
    const one = await measure(SEARCH, { t: small.tag, n: 10 });
    const three = await measure(SEARCH, { t: large.tag, n: 10 });
    expect(three).toBeLessThanOrEqual(one);
    expect(three).toBeGreaterThanOrEqual(one - 2);
  });

  it('stay within a small fixed budget for a full document tree', async () => {
    expect(await measure(DOCUMENTS, { j: large.jurisdiction, n: 6 })).toBeLessThanOrEqual(20);
  });
});

// The planner's questions about one agency or one document: the root field reads the whole
// field tree at once. The same fields reached another way (node(id:), or two role lists that
// defeat the look-ahead) go through the loaders and must give the same answer.
const TASK_FIELDS = `role explicit task { title number document { title } } agency { name }
  evidence { sentence start end }`;

describe('one read for a planner question', () => {
  it('answers agency → tasks of one role in one round trip, inline or as a variable', async () => {
    const id = toGlobalId('Agency', plan.keys.lead);
    const inline = await measureWithData(
      `query($id: ID!) { agency(id: $id) { name tasks(role: LEAD) { ${TASK_FIELDS} } } }`,
      { id },
    );
    const variable = await measureWithData(
      `query($id: ID!, $r: OwnerRole) { agency(id: $id) { name tasks(role: $r) { ${TASK_FIELDS} } } }`,
      { id, r: 'LEAD' },
    );
    const loaded = await measureWithData(
      `query($id: ID!) { agency(id: $id) { name tasks(role: LEAD) { ${TASK_FIELDS} }
        other: tasks(role: SUPPORT) { role } } }`,
      { id },
    );
    expect(inline.trips).toBe(1);
    expect(variable.trips).toBe(1);
    expect(loaded.trips).toBeGreaterThan(1);
    const tasksOf = (data: unknown) => (data as { agency: { tasks: unknown[] } }).agency.tasks;
    expect(tasksOf(inline.data).length).toBeGreaterThan(0);
    expect(tasksOf(inline.data)).toEqual(tasksOf(loaded.data));
    expect(tasksOf(variable.data)).toEqual(tasksOf(loaded.data));
  });

  it('answers a missing agency with null in one round trip', async () => {
    const { trips, data } = await measureWithData(
      `query($id: ID!) { agency(id: $id) { tasks(role: LEAD) { role } } }`,
      { id: toGlobalId('Agency', `${plan.keys.lead}不存在`) },
    );
    expect(trips).toBe(1);
    expect(data).toEqual({ agency: null });
  });

  it('answers document → tasks → owners in one round trip', async () => {
    const id = toGlobalId('Document', plan.planId);
    const fields = `title tasks { number title owners { ${TASK_FIELDS} } }`;
    const direct = await measureWithData(`query($id: ID!) { document(id: $id) { ${fields} } }`, {
      id,
    });
    const loaded = await measureWithData(
      `query($id: ID!) { document: node(id: $id) { ... on Document { ${fields} } } }`,
      { id },
    );
    expect(direct.trips).toBe(1);
    const tasksOf = (data: unknown) =>
      (data as { document: { tasks: { owners: unknown[] }[] } }).document.tasks;
    expect(tasksOf(direct.data).some((task) => task.owners.length > 0)).toBe(true);
    expect(direct.data).toEqual(loaded.data);
  });
});
