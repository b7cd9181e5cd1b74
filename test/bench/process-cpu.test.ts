import { describe, expect, it } from 'vitest';
import { measurePair } from '../../bench/api/measure-load.js';
import {
  awaitQuietDatabase,
  createCpuMeter,
  parseProcessCpuMs,
} from '../../bench/api/process-cpu.js';
import type { CpuReading } from '../../bench/api/process-cpu.js';

describe('parseProcessCpuMs', () => {
  it('adds utime and stime, counting fields after a command name with spaces and parentheses', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const line = '4242 (java (main) x) S 1 4242 4242 0 -1 4194560 900 0 3 0 1234 56 0 0 20 0 40';
    expect(parseProcessCpuMs(line)).toBe(12_900);
  });

  it('returns null for a line that is not a stat line', () => {
    expect(parseProcessCpuMs('')).toBeNull();
    expect(parseProcessCpuMs('1 (short) S 1')).toBeNull();
  });

  it('reads this process as the database where /proc exists, and only Node without a pid', () => {
    const withPid = createCpuMeter(process.pid)();
    expect(withPid.node).toBeGreaterThan(0);
    if (withPid.database !== null) expect(withPid.database).toBeGreaterThan(0);
    expect(createCpuMeter(null)().database).toBeNull();
  });
});

describe('measurePair CPU per request', () => {
  it('charges each side the CPU its own turns used, divided by its answered requests', async () => {
    // A fake meter: the first side costs 2 ms of Node and 1 ms of database per call, the second
    // 0.5 and 3; the meter only moves when an operation runs.
    const reading: CpuReading = { node: 0, database: 0 };
    const cost = (node: number, database: number) => () => {
      reading.node += node;
      reading.database = (reading.database ?? 0) + database;
      return Promise.resolve();
    };
    const [first, second] = await measurePair(cost(2, 1), cost(0.5, 3), {
      concurrency: 1,
      requests: 40,
      maxMs: 10_000,
      warmupMs: 0,
      rounds: 4,
      cpu: () => ({ ...reading }),
    });
    expect(first.requests).toBe(40);
    expect(first.cpuPerRequest).toEqual({ node: 2, database: 1 });
    expect(second.cpuPerRequest).toEqual({ node: 0.5, database: 3 });
  });

  it('reports no CPU without a meter, and no database CPU when a reading lacks it', async () => {
    const noop = () => Promise.resolve();
    const options = { concurrency: 1, requests: 4, maxMs: 1_000, warmupMs: 0, rounds: 2 };
    const [plain] = await measurePair(noop, noop, options);
    expect(plain.cpuPerRequest).toBeNull();
    const [unread] = await measurePair(noop, noop, {
      ...options,
      cpu: () => ({ node: 0, database: null }),
    });
    expect(unread.cpuPerRequest).toEqual({ node: 0, database: null });
  });
});

describe('awaitQuietDatabase', () => {
  /** A database that burns `busy` ms of CPU per 500 ms look for `looks` looks, then 5. */
  function fakeDatabase(looks: number, busy: number) {
    let used = 0;
    let elapsed = 0;
    return {
      read: (): CpuReading => ({ node: 0, database: used }),
      sleep: (ms: number) => {
        elapsed += ms;
        used += elapsed <= looks * 500 ? busy : 5;
        return Promise.resolve();
      },
    };
  }

  it('waits until one look finds the database under the share of a core', async () => {
    const db = fakeDatabase(3, 400);
    const result = await awaitQuietDatabase(db.read, { sleep: db.sleep });
    expect(result).toEqual({ quiet: true, waitedMs: 2_000, lastShare: 0.01 });
  });

  it('gives up after the timeout with the last share seen', async () => {
    const db = fakeDatabase(1_000, 400);
    const result = await awaitQuietDatabase(db.read, { sleep: db.sleep, timeoutMs: 5_000 });
    expect(result).toEqual({ quiet: false, waitedMs: 5_000, lastShare: 0.8 });
  });

  it('does not wait when the database CPU cannot be read', async () => {
    const result = await awaitQuietDatabase(() => ({ node: 1, database: null }), {
      sleep: () => Promise.reject(new Error('should not sleep')),
    });
    expect(result).toEqual({ quiet: false, waitedMs: 0, lastShare: null });
  });
});
