import { performance } from 'node:perf_hooks';

export interface LoadResult {
  concurrency: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  /** Requests per second over the whole run. */
  throughput: number;
  /** Requests that failed (timed out, refused); their latency is not in the percentiles. */
  errors: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

/**
 * Runs `operation` from `concurrency` parallel callers until `requests` calls are done or
 * `maxMs` has passed (a bounded run), after a warm-up of at least 50 calls and 1.5 s, and reports latency percentiles
 * in milliseconds and the throughput.
 */
export async function measureLoad(
  operation: () => Promise<void>,
  options: { concurrency: number; requests: number; maxMs: number; warmupMs?: number },
): Promise<LoadResult> {
  // Warm-up until both sides' hot paths are compiled (V8's in Node, the JVM's in Neo4j): with
  // 50 calls, agency → tasks took 2.9 ms at c=1 on a fresh server and 1.4 ms on a server that
  // had been answering it for minutes.
  const warmupEnds = performance.now() + (options.warmupMs ?? 1_500);
  for (let i = 0; i < 50 || performance.now() < warmupEnds; i += 1) await operation();
  const latencies: number[] = [];
  const started = performance.now();
  let issued = 0;
  let errors = 0;
  const worker = async (): Promise<void> => {
    while (issued < options.requests && performance.now() - started < options.maxMs) {
      issued += 1;
      const t0 = performance.now();
      try {
        await operation();
        latencies.push(performance.now() - t0);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    concurrency: options.concurrency,
    requests: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    throughput: sorted.length / elapsed,
    errors,
  };
}
