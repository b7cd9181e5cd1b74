import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../graph/store/open-store.js';
import { ensureSchema } from '../../graph/store/schema.js';
import { warmUpReads } from '../../graph/store/warm-up-reads.js';
import { savePlanFixture } from '../api/make-plan-fixture.js';
import { openTestStore } from '../support/open-test-store.js';

let store: Store;

beforeAll(async () => {
  store = openTestStore();
  await ensureSchema(store);
  await savePlanFixture(store);
});

afterAll(async () => {
  await store.close();
});

describe('warmUpReads', () => {
  it('runs every first-screen read against the graph, reading and changing nothing else', async () => {
    const before = store.stats.roundTrips;
    const count = async (): Promise<unknown> =>
      (await store.driver.executeQuery('MATCH (n) RETURN count(n) AS n')).records[0]?.get(
        'n',
      ) as unknown;
    const nodes = await count();
    await warmUpReads(store);
    // The document list, four neighbourhoods, a matrix and a search.
    expect(store.stats.roundTrips - before).toBeGreaterThanOrEqual(7);
    expect(await count()).toBe(nodes);
  });
});
