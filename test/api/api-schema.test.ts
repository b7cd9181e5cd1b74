import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';
import type { IntrospectionQuery } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { createOfflineApi } from './create-offline-api.js';

const { api, store } = createOfflineApi();

afterAll(async () => {
  await store.close();
});

describe('the served schema', () => {
  it('matches the reviewed snapshot', async () => {
    const response = await api.fetch('http://innograph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true }) }),
    });
    const { data } = (await response.json()) as { data: IntrospectionQuery };
    // Rebuilt from introspection: what clients see, printed by one copy of graphql.
    await expect(printSchema(buildClientSchema(data))).toMatchFileSnapshot(
      './__snapshots__/schema.graphql.txt',
    );
  });

  it('serves GraphiQL with the example operations to a browser', async () => {
    const response = await api.fetch('http://innograph.test/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('innograph GraphQL');
    expect(html).toContain('responsibilityMatrix');
    expect(html).not.toContain('unpkg.com');
  });
});
