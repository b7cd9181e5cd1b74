import { performance } from 'node:perf_hooks';
import type { CpuReading } from './process-cpu.js';

export interface LoadResult {
  concurrency: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  /** Requests per second over the measured time. */
  throughput: number;
  /** Requests that failed (timed out, refused); their latency is not in the percentiles. */
  errors: number;
  /** CPU milliseconds per answered request, in Node and in the database; null when unread. */
  cpuPerRequest: CpuReading | null;
}

export interface LoadOptions {
  concurrency: number;
  /** Requests per side over all rounds. */
  requests: number;
  /** Time per side over all rounds. */
  maxMs: number;
  warmupMs?: number;
  /** Turns each side takes; more turns spread slow spells of the machine over both. */
  rounds?: number;
  /** Reads CPU use before and after each turn, so each side's CPU per request is known. */
  cpu?: (() => CpuReading) | undefined;
}

/** What one side's turns added up to. */
interface Tally {
  latencies: number[];
  elapsedMs: number;
  errors: number;
  /** CPU milliseconds over the side's turns; database null once any reading lacked it. */
  cpu: CpuReading;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

// Until both sides' hot paths are compiled (V8's in Node, the JVM's in Neo4j): with 50 calls,
// agency → tasks took 2.9 ms at c=1 on a fresh server and 1.4 ms on one that had been
// answering it for minutes.
async function warmUp(operation: () => Promise<void>, ms: number): Promise<void> {
  const ends = performance.now() + ms;
  for (let i = 0; i < 50 || performance.now() < ends; i += 1) await operation();
}

/** One turn: `concurrency` parallel callers until `requests` calls or `maxMs` have passed. */
async function runTurn(
  operation: () => Promise<void>,
  concurrency: number,
  requests: number,
  maxMs: number,
  tally: Tally,
  cpu: (() => CpuReading) | undefined,
): Promise<void> {
  const before = cpu?.();
  const started = performance.now();
  let issued = 0;
  const worker = async (): Promise<void> => {
    while (issued < requests && performance.now() - started < maxMs) {
      issued += 1;
      const t0 = performance.now();
      try {
        await operation();
        tally.latencies.push(performance.now() - t0);
      } catch {
        tally.errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  tally.elapsedMs += performance.now() - started;
  const after = cpu?.();
  if (before === undefined || after === undefined) return;
  tally.cpu.node += after.node - before.node;
  tally.cpu.database =
    tally.cpu.database === null || before.database === null || after.database === null
      ? null
      : tally.cpu.database + after.database - before.database;
}

function summarise(concurrency: number, tally: Tally, cpuRead: boolean): LoadResult {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const answered = Math.max(1, sorted.length);
  return {
    concurrency,
    requests: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    throughput: sorted.length / (tally.elapsedMs / 1000),
    errors: tally.errors,
    cpuPerRequest: cpuRead
      ? {
          node: tally.cpu.node / answered,
          database: tally.cpu.database === null ? null : tally.cpu.database / answered,
        }
      : null,
  };
}

/**
 * Loads two ways of answering the same question (GraphQL and the bare driver) in alternating
 * turns, after warming both up, and reports each side's latency percentiles in milliseconds
 * and its throughput. Alternating is what makes the ratio between them mean something here:
 * this machine has slow spells of seconds (the same query 1.5× slower from one minute to the
 * next), and one side measured wholly before the other caught them unevenly.
 */
export async function measurePair(
  first: () => Promise<void>,
  second: () => Promise<void>,
  options: LoadOptions,
): Promise<[LoadResult, LoadResult]> {
  const rounds = Math.max(1, options.rounds ?? 4);
  const warmupMs = options.warmupMs ?? 1_500;
  await warmUp(first, warmupMs);
  await warmUp(second, warmupMs);
  const tallies: [Tally, Tally] = [newTally(), newTally()];
  const requests = Math.ceil(options.requests / rounds);
  const maxMs = options.maxMs / rounds;
  for (let round = 0; round < rounds; round += 1) {
    await runTurn(first, options.concurrency, requests, maxMs, tallies[0], options.cpu);
    await runTurn(second, options.concurrency, requests, maxMs, tallies[1], options.cpu);
  }
  const cpuRead = options.cpu !== undefined;
  return [
    summarise(options.concurrency, tallies[0], cpuRead),
    summarise(options.concurrency, tallies[1], cpuRead),
  ];
}

function newTally(): Tally {
  return { latencies: [], elapsedMs: 0, errors: 0, cpu: { node: 0, database: 0 } };
}
