import { serverAudits } from 'graphql-http';
import { afterAll, describe, expect, it } from 'vitest';
import { createOfflineApi } from './create-offline-api.js';

const { api, store } = createOfflineApi();

afterAll(async () => {
  await store.close();
});

// The GraphQL-over-HTTP spec's server audits, run in-process against api.fetch. MUST audits
// report 'error' when broken; SHOULD/MAY ones only 'warn' or 'notice', which do not fail.
describe('GraphQL over HTTP', () => {
  const audits = serverAudits({
    url: 'http://innograph.test/graphql',
    fetchFn: (input: string, init?: RequestInit) => api.fetch(input, init ?? {}),
  });
  it.each(audits.map((audit) => [audit.name, audit] as const))('%s', async (_, audit) => {
    const result = await audit.fn();
    const detail = result.status === 'ok' ? '' : result.reason;
    expect(result.status === 'error' ? detail : 'compliant').toBe('compliant');
  });
});
