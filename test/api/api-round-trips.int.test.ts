import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../api/create-api.js';
import type { Api } from '../../api/create-api.js';
import type { Store } from '../../graph/store/open-store.js';
import { ensureSchema } from '../../graph/store/schema.js';
import { openTestStore } from '../support/open-test-store.js';
import { postGraphQL } from './api-client.js';
import { randomHan, savePlanFixture } from './make-plan-fixture.js';

let store: Store;
let api: Api;
// Two jurisdictions of the same shape: one holds a plan and the policy it cites, the other
// three such pairs. The same query over each returns the same kinds of things, three times as
// many in the second, so any difference in round trips would be per-item reads (N+1).
const small = { tag: '', jurisdiction: '' };
const large = { tag: '', jurisdiction: '' };

beforeAll(async () => {
  store = openTestStore();
  await ensureSchema(store);
  small.tag = randomHan(4);
  small.jurisdiction = (await savePlanFixture(store, small.tag)).jurisdiction;
  large.tag = randomHan(4);
  for (let i = 0; i < 3; i += 1) {
    large.jurisdiction = (await savePlanFixture(store, large.tag)).jurisdiction;
  }
  api = createApi({ store, config: { token: undefined, corsOrigins: undefined } });
});

afterAll(async () => {
  await store.close();
});

/** Round trips to Neo4j one operation costs, and how many items its first list returned. */
async function measure(query: string, variables: Record<string, unknown>): Promise<number> {
  const before = store.stats.roundTrips;
  const result = await postGraphQL(api, query, variables);
  expect(result.errors).toBeUndefined();
  return store.stats.roundTrips - before;
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
