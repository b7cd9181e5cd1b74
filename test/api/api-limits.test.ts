import { afterAll, describe, expect, it } from 'vitest';
import { errorCodes, postGraphQL } from './api-client.js';
import { createOfflineApi } from './create-offline-api.js';

const { api, store } = createOfflineApi('limits-token-123');

afterAll(async () => {
  await store.close();
});

describe('query limits', () => {
  it('refuses a query nested deeper than the limit before reading', async () => {
    const deep = `{ agency(id: "a") { tasks { task { owners { agency { tasks { task { owners {
      agency { tasks { task { owners { agency { name } } } } } } } } } } } } } }`;
    const result = await postGraphQL(api, deep);
    expect(errorCodes(result)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
  });

  it('refuses a query whose estimated cost is over the limit, counting variables', async () => {
    const query = `query($n: Int) { documents(first: $n) { edges { node { tasks { owners {
      agency { tasks { task { title } } } } } } } } }`;
    const result = await postGraphQL(api, query, { n: 100 });
    expect(errorCodes(result)).toEqual(['COST_LIMIT_EXCEEDED']);
  });

  it('caps page sizes', async () => {
    const result = await postGraphQL(api, '{ documents(first: 101) { totalCount } }');
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('rejects malformed ids and cursors as bad input', async () => {
    const cursor = await postGraphQL(
      api,
      '{ documents(after: "bm90LWEtY3Vyc29y") { totalCount } }',
    );
    expect(errorCodes(cursor)).toEqual(['BAD_USER_INPUT']);
    const node = await postGraphQL(api, '{ node(id: "bm9wZQ==") { id } }');
    expect(errorCodes(node)).toEqual(['BAD_USER_INPUT']);
  });
});
