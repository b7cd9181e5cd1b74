import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../api/create-api.js';
import type { Api } from '../../api/create-api.js';
import { openStore } from '../../graph/store/open-store.js';
import type { Store } from '../../graph/store/open-store.js';

let staticDir: string;
let store: Store;
let api: Api;

beforeAll(async () => {
  staticDir = await mkdtemp(path.join(tmpdir(), 'innograph-static-'));
  await mkdir(path.join(staticDir, 'assets'));
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>viewer</title>');
  await writeFile(path.join(staticDir, 'assets', 'app-1234.js'), 'console.log(1)');
  // Never contacted: these tests stop before any read.
  store = openStore({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'unused' });
  api = createApi({
    store,
    config: { token: undefined, corsOrigins: ['https://planner.example.org'] },
    staticDir,
  });
});

afterAll(async () => {
  await store.close();
  await rm(staticDir, { recursive: true, force: true });
});

describe('the viewer files', () => {
  it('serves built assets with long caching and index.html for client routes', async () => {
    const asset = await api.fetch('http://innograph.test/assets/app-1234.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const route = await api.fetch('http://innograph.test/ownership/some-document');
    expect(await route.text()).toContain('<title>viewer</title>');
    expect(route.headers.get('cache-control')).toBe('no-cache');
  });

  it('never serves files outside the folder', async () => {
    const response = await api.fetch('http://innograph.test/assets/..%2F..%2F..%2Fetc%2Fpasswd.js');
    expect(response.status).toBe(404);
  });
});

describe('CORS', () => {
  it('allows the configured origin and not others', async () => {
    const preflight = (origin: string) =>
      api.fetch('http://innograph.test/graphql', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization',
        },
      });
    const allowed = await preflight('https://planner.example.org');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://planner.example.org');
    const other = await preflight('https://elsewhere.example.com');
    expect(other.headers.get('access-control-allow-origin')).not.toBe(
      'https://elsewhere.example.com',
    );
  });
});
