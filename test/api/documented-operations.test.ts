import { readFileSync } from 'node:fs';
import { buildClientSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import type { IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_EXAMPLES } from '../../api/graphiql-examples.js';
import { createOfflineApi } from './create-offline-api.js';

// The operations README.md and GraphiQL show users must run against the schema as served:
// a renamed or removed field breaks this test rather than a reader's first query.
const { api, store } = createOfflineApi();
let schema: ReturnType<typeof buildClientSchema>;

beforeAll(async () => {
  const response = await api.fetch('http://innograph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const { data } = (await response.json()) as { data: IntrospectionQuery };
  schema = buildClientSchema(data);
});

afterAll(async () => {
  await store.close();
});

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const readmeOperations = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map(
  (match) => match[1] ?? '',
);

describe('documented operations', () => {
  it('finds the README examples', () => {
    expect(readmeOperations.length).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ...readmeOperations.map((query, i) => [`README #${i + 1}`, query] as const),
    ...GRAPHIQL_EXAMPLES.map((query, i) => [`GraphiQL #${i + 1}`, query] as const),
  ])('%s is valid against the served schema', (_, query) => {
    const errors = validate(schema, parse(query)).map((error) => error.message);
    expect(errors).toEqual([]);
  });
});
