import { connect, createServer as createTcpServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApi } from '../../api/create-api.js';
import type { Api } from '../../api/create-api.js';
import { openStore } from '../../graph/store/open-store.js';
import type { Store } from '../../graph/store/open-store.js';
import { findFreePort } from '../support/find-free-port.js';
import '../support/neo4j-test-context.js';
import { errorCodes, postGraphQL } from './api-client.js';

// The API reaches Neo4j through a TCP relay on 127.0.0.1 that this test opens and closes:
// closed, the database is "down"; open again, the same API instance answers without a restart.
let relay: Server | null = null;
const sockets = new Set<Socket>();
let port: number;
let target: { host: string; port: number };
let store: Store;
let api: Api;

function openRelay(): Promise<void> {
  const server = createTcpServer((client) => {
    const upstream = connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  relay = server;
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
}

function closeRelay(): Promise<void> {
  const server = relay;
  relay = null;
  for (const socket of sockets) socket.destroy();
  return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
}

const QUERY = '{ documents(first: 1) { totalCount } }';

beforeAll(async () => {
  const { uri, user, password, database } = inject('neo4j');
  const url = new URL(uri.replace(/^[a-z+]+:/, 'http:'));
  target = { host: url.hostname, port: Number(url.port || 7687) };
  port = await findFreePort();
  store = openStore({
    uri: `bolt://127.0.0.1:${port}`,
    user,
    password,
    database,
    maxRetryTimeMs: 300,
  });
  api = createApi({ store, config: { token: 'down-token-123', corsOrigins: undefined } });
});

afterAll(async () => {
  await closeRelay();
  await store.close();
});

describe('when Neo4j is down', () => {
  it('answers DATABASE_UNAVAILABLE without a stack trace or driver detail', async () => {
    const result = await postGraphQL(api, QUERY);
    expect(errorCodes(result)).toEqual(['DATABASE_UNAVAILABLE']);
    const body = JSON.stringify(result);
    expect(body).not.toMatch(/\.(ts|js):\d+/);
    expect(body).not.toContain('ECONNREFUSED');
  });

  it('answers mutations the same way', async () => {
    const result = await postGraphQL(
      api,
      'mutation { renameEntity(id: "Lab||x", name: "y") { key } }',
      {},
      { authorization: 'Bearer down-token-123' },
    );
    expect(errorCodes(result)).toEqual(['DATABASE_UNAVAILABLE']);
  });

  it('stays alive but not ready', async () => {
    expect((await api.fetch('http://innograph.test/healthz')).status).toBe(200);
    expect((await api.fetch('http://innograph.test/readyz')).status).toBe(503);
  });

  it('recovers by itself when the database is back', async () => {
    await openRelay();
    const result = await postGraphQL(api, QUERY);
    expect(result.errors).toBeUndefined();
    expect((await api.fetch('http://innograph.test/readyz')).status).toBe(200);
  });

  it('fails again when the connection drops mid-life, and recovers again', async () => {
    await closeRelay();
    expect(errorCodes(await postGraphQL(api, QUERY))).toEqual(['DATABASE_UNAVAILABLE']);
    await openRelay();
    expect((await postGraphQL(api, QUERY)).errors).toBeUndefined();
  });
});
