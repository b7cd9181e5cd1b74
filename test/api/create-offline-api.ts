import { createApi } from '../../api/create-api.js';
import type { Api } from '../../api/create-api.js';
import { openStore } from '../../graph/store/open-store.js';
import type { Store } from '../../graph/store/open-store.js';

/**
 * An API whose store points at a port where nothing listens: for tests of what the API decides
 * before it reads (schema, HTTP protocol, limits, auth) and of how it reports a down database.
 * The driver connects lazily, so nothing is contacted until a resolver reads.
 */
export function createOfflineApi(token?: string): { api: Api; store: Store } {
  const store = openStore({
    uri: 'bolt://127.0.0.1:9',
    user: 'neo4j',
    password: 'unused',
    maxRetryTimeMs: 200,
  });
  return { api: createApi({ store, config: { token, corsOrigins: undefined } }), store };
}
