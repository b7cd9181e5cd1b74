/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return --
   GraphQL response bodies are JSON whose shape the assertions check; typing each one adds nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../api/create-api.js';
import type { Api } from '../../api/create-api.js';
import type { Store } from '../../graph/store/open-store.js';
import { ensureSchema } from '../../graph/store/schema.js';
import { openTestStore } from '../support/open-test-store.js';
import { postGraphQL } from './api-client.js';
import { savePlanFixture } from './make-plan-fixture.js';
import type { PlanFixture } from './make-plan-fixture.js';

let store: Store;
let api: Api;
let fixture: PlanFixture;

const SEARCH = `query($text: String!, $types: [EntityType!], $first: Int) {
  search(text: $text, types: $types, first: $first) { score matched entity { __typename key name } }
}`;

async function searchKeys(text: string, types?: string[]): Promise<string[]> {
  const result = await postGraphQL(api, SEARCH, { text, types, first: 50 });
  expect(result.errors).toBeUndefined();
  return result.data?.search.map((hit: { entity: { key: string } }) => hit.entity.key);
}

beforeAll(async () => {
  store = openTestStore();
  await ensureSchema(store);
  fixture = await savePlanFixture(store);
  // The full-text index is eventually consistent: wait until it has caught up with the writes.
  await store.driver.executeQuery('CALL db.awaitIndexes(60)');
  api = createApi({ store, config: { token: undefined, corsOrigins: undefined } });
});

afterAll(async () => {
  await store.close();
});

describe('search', () => {
  it('finds an entity by its full name', async () => {
    expect(await searchKeys(fixture.names.lab)).toContain(fixture.keys.lab);
  });

  it('finds an entity by a part of two characters or more', async () => {
    expect(await searchKeys(`${fixture.tag}创新`)).toContain(fixture.keys.lab);
    expect(await searchKeys(`${fixture.tag.slice(2)}大学`)).toContain(fixture.keys.university);
  });

  it('finds simplified names from traditional input', async () => {
    expect(await searchKeys(`${fixture.tag}創新實驗室`)).toContain(fixture.keys.lab);
  });

  it('finds an entity by an alias and says which name matched', async () => {
    const result = await postGraphQL(api, SEARCH, { text: `${fixture.tag}实验室`, first: 20 });
    const hit = result.data?.search.find(
      (h: { entity: { key: string } }) => h.entity.key === fixture.keys.lab,
    );
    expect(hit?.matched).toBe(`${fixture.tag}实验室`);
  });

  it('falls back to a substring scan for one character', async () => {
    const keys = await searchKeys(fixture.tag.slice(0, 1), ['LAB']);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((key) => key.startsWith('Lab|'))).toBe(true);
  });

  it('filters by entity type', async () => {
    const keys = await searchKeys(fixture.tag, ['INSTITUTION']);
    expect(keys).toContain(fixture.keys.university);
    expect(keys).not.toContain(fixture.keys.lab);
  });

  it.each([
    '"',
    '\\',
    '(',
    '*',
    '~',
    'AND',
    ':',
    'OR NOT',
    '科技" OR "x',
    '[a TO z]',
    '/regex/',
    '~~~***',
  ])('treats %j as literal text', async (text) => {
    const result = await postGraphQL(api, SEARCH, { text, first: 5 });
    expect(result.errors).toBeUndefined();
    expect(Array.isArray(result.data?.search)).toBe(true);
  });

  it('finds a name with Lucene syntax around it as a phrase', async () => {
    expect(await searchKeys(`${fixture.names.lab}*`)).toContain(fixture.keys.lab);
  });

  it('returns nothing for blank text and refuses more than 100 hits', async () => {
    expect(await searchKeys('   ')).toEqual([]);
    const result = await postGraphQL(api, SEARCH, { text: '科技', first: 101 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
