import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../../api/create-api.js';
import { openStore } from '../../graph/store/open-store.js';

// Never contacted: every request here is refused, or answered, before any read.
const store = openStore({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'unused' });
const LIMIT = 200;
const api = createApi({
  store,
  config: { token: undefined, corsOrigins: undefined },
  maxRequestBodyBytes: LIMIT,
});

afterAll(() => store.close());

const query = (padding: number): string =>
  JSON.stringify({ query: `{ __typename }${' '.repeat(padding)}` });

async function post(body: BodyInit, headers: Record<string, string> = {}): Promise<Response> {
  return await api.fetch('http://innograph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
}

/** The body as a stream of small chunks, so no Content-Length can be known up front. */
function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + 50));
      at += 50;
    },
  });
}

async function codeOf(response: Response): Promise<unknown> {
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code;
}

describe('request body limit', () => {
  it('answers a body within the limit, declared or streamed', async () => {
    const declared = await post(query(10), { 'content-length': String(query(10).length) });
    expect(await declared.json()).toEqual({ data: { __typename: 'Query' } });
    const streamed = await post(chunked(query(10)));
    expect(await streamed.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a declared length over the limit with 413 before reading the body', async () => {
    const body = query(LIMIT);
    const response = await post(body, { 'content-length': String(body.length) });
    expect(response.status).toBe(413);
    expect(await codeOf(response)).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('refuses a streamed body once it passes the limit', async () => {
    const response = await post(chunked(query(LIMIT)));
    expect(response.status).toBe(413);
    expect(await codeOf(response)).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('refuses a Content-Length that is not one number', async () => {
    for (const length of ['-1', '12, 12', 'many']) {
      const response = await post(query(0), { 'content-length': length });
      expect(response.status).toBe(400);
      expect(await codeOf(response)).toBe('BAD_REQUEST');
    }
  });
});
