import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../graph/store/open-store.js';
import { runQuery } from '../../../graph/store/run-query.js';
import { openTestStore } from '../../support/open-test-store.js';

describe('openTestStore', () => {
  let store: Store;
  beforeAll(() => {
    store = openTestStore();
  });
  afterAll(() => store.close());

  it('reaches the run’s Neo4j over Bolt', async () => {
    const rows = await runQuery<{ one: number }>(store, 'RETURN $value AS one', { value: 1 });
    expect(rows).toEqual([{ one: 1 }]);
  });

  it('writes and reads back through the same database', async () => {
    const id = `test-store-${crypto.randomUUID()}`;
    await runQuery(store, 'CREATE (:TestProbe {id: $id})', { id }, 'WRITE');
    const rows = await runQuery<{ n: number }>(
      store,
      'MATCH (p:TestProbe {id: $id}) WITH collect(p) AS probes FOREACH (p IN probes | DETACH DELETE p) RETURN size(probes) AS n',
      { id },
      'WRITE',
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('reads a record of hundreds of kB, Chinese text across chunk boundaries, intact', async () => {
    // Bigger than any Bolt chunk, so it arrives in pieces that the store joins (join-message-chunks.ts).
    const names = Array.from({ length: 12_000 }, (_, at) => `嘉庚创新实验室${at}`);
    const rows = await runQuery<{ names: string[] }>(
      store,
      "RETURN [at IN range(0, 11999) | '嘉庚创新实验室' + toString(at)] AS names",
    );
    expect(rows[0]?.names).toEqual(names);
  });

  it('gives a failed read the Neo4j message and a stack through its caller', async () => {
    const limit = Error.stackTraceLimit;
    async function readTheMissingFunction(): Promise<unknown> {
      return await runQuery(store, 'RETURN innographNoSuchFunction(1) AS x');
    }
    const error = await readTheMissingFunction().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toMatch(/innographNoSuchFunction/);
    expect((error as Error).stack).toMatch(/readTheMissingFunction/);
    // The driver's stack capture is skipped for the call only, not for the process.
    expect(Error.stackTraceLimit).toBe(limit);
  });
});
