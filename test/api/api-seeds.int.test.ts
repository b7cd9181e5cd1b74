import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../api/create-api.js';
import { GRAPHIQL_EXAMPLES } from '../../api/graphiql-examples.js';
import type { Api } from '../../api/create-api.js';
import { ingestPaths } from '../../graph/ingest/ingest-paths.js';
import type { Store } from '../../graph/store/open-store.js';
import { ensureSchema } from '../../graph/store/schema.js';
import { openTestStore } from '../support/open-test-store.js';
import { postGraphQL } from './api-client.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

let store: Store;
let api: Api;

beforeAll(async () => {
  store = openTestStore();
  await ensureSchema(store);
  await ingestPaths(store, [SEEDS]); // idempotent: other test files may have ingested them too
  await store.driver.executeQuery('CALL db.awaitIndexes(60)');
  api = createApi({ store, config: { token: undefined, corsOrigins: undefined } });
});

afterAll(async () => {
  await store.close();
});

// A smoke test over the real seed documents: the planner's questions answer without errors
// and with evidence that points into the text. Exact facts are asserted on synthetic data.
describe('the API over the seed documents', () => {
  it('lists the seeds and opens each with its tasks, owners and annotations', async () => {
    const list = await postGraphQL<{
      documents: { totalCount: number; edges: { node: { documentId: string; source: string } }[] };
    }>(
      api,
      '{ documents(first: 100, text: "seeds/") { totalCount edges { node { documentId source } } } }',
    );
    expect(list.errors).toBeUndefined();
    const seeds = list.data?.documents.edges.filter((e) => e.node.source.includes('seeds/')) ?? [];
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    for (const { node } of seeds) {
      const result = await postGraphQL<{
        document: {
          text: string;
          tasks: { owners: { evidence: { start: number; end: number } | null; name: string }[] }[];
          annotations: { start: number; end: number }[];
        };
      }>(
        api,
        `query($id: ID!) { document(id: $id) { text tasks { owners { name evidence { start end } } }
          annotations { start end } } }`,
        { id: node.documentId },
      );
      expect(result.errors).toBeUndefined();
      const document = result.data?.document;
      for (const annotation of document?.annotations ?? []) {
        expect(annotation.end).toBeLessThanOrEqual(document?.text.length ?? 0);
      }
    }
  });

  it('answers search, the matrix and indicators for a seed jurisdiction', async () => {
    const jurisdictions = await postGraphQL<{
      documents: { edges: { node: { jurisdiction: string | null } }[] };
    }>(api, '{ documents(first: 100, text: "seeds/") { edges { node { jurisdiction } } } }');
    const jurisdiction = jurisdictions.data?.documents.edges.find((e) => e.node.jurisdiction)?.node
      .jurisdiction;
    expect(jurisdiction).toBeTruthy();
    const result = await postGraphQL(
      api,
      `query($j: String) {
        search(text: "科技", first: 5) { entity { name } }
        responsibilityMatrix(jurisdiction: $j) { tasks { title } cells { role agency { name } } }
        indicators(jurisdiction: $j) { metric points { value year } }
        agencies(jurisdiction: $j, first: 5) { totalCount edges { node { name tasks(role: LEAD) { task { title } } } } }
      }`,
      { j: jurisdiction },
    );
    expect(result.errors).toBeUndefined();
  });

  // An operation's first run is executed by graphql-js, later runs by the function compiled for
  // it (compile-repeated-operations.ts): both must give the same answer, errors included.
  it.each(GRAPHIQL_EXAMPLES.filter((example) => !/^mutation/m.test(example)))(
    'answers a GraphiQL example alike on its first and later runs: %s',
    async (example) => {
      const first = await postGraphQL(api, example);
      expect(first.errors).toBeUndefined();
      // Something to compare: the root field answers with an object or a non-empty list.
      const answers = Object.values(first.data ?? {});
      expect(answers.some((a) => a !== null && (!Array.isArray(a) || a.length > 0))).toBe(true);
      for (let run = 0; run < 2; run++) expect(await postGraphQL(api, example)).toEqual(first);
    },
  );
  it('reports a resolver error alike on the first and later runs', async () => {
    const query = '{\r\n  neighborhood(id: "bm9wZQ==", depth: 9) { truncated }\r\n}';
    const first = await postGraphQL(api, query);
    expect(first.errors).toMatchObject([{ locations: [{ line: 2, column: 3 }] }]);
    for (let run = 0; run < 2; run++) expect(await postGraphQL(api, query)).toEqual(first);
  });
});
