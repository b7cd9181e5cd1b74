import { readFileSync } from 'node:fs';

// What a request costs in CPU, on each side of the wire. At concurrency 16 both sides share
// two cores with Neo4j, so latency there is set by CPU per request (ours and the database's)
// more than by anything else; the benchmark prints both so a figure can be explained.

/** CPU milliseconds used so far by this Node process and by the database's process. */
export interface CpuReading {
  node: number;
  /** Null when the database is not a local process we can read (NEO4J_URI elsewhere). */
  database: number | null;
}

/** Linux reports process CPU in clock ticks of USER_HZ, which is 100 on every architecture. */
const TICKS_PER_SECOND = 100;

/**
 * utime + stime of a /proc/<pid>/stat line in milliseconds, or null when the line is not one.
 * The command name (field 2) is in parentheses and may hold spaces or parentheses itself, so
 * the fields are counted from the last ')'.
 */
export function parseProcessCpuMs(statLine: string): number | null {
  const end = statLine.lastIndexOf(')');
  if (end < 0) return null;
  // After ')': state is field 3, so utime (14) and stime (15) are the 12th and 13th.
  const fields = statLine
    .slice(end + 1)
    .trim()
    .split(/\s+/);
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  if (!Number.isFinite(user) || !Number.isFinite(system)) return null;
  return ((user + system) * 1000) / TICKS_PER_SECOND;
}

/** Reads CPU use now: this process always, the database when `databasePid` can be read. */
export function createCpuMeter(databasePid: number | null): () => CpuReading {
  return () => {
    const usage = process.cpuUsage();
    return { node: (usage.user + usage.system) / 1000, database: readPidCpuMs(databasePid) };
  };
}

function readPidCpuMs(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    return parseProcessCpuMs(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

export interface QuietOptions {
  /** Length of each look, in ms. */
  sampleMs?: number;
  /** Quiet: the database used at most this share of one core during a look. */
  maxShare?: number;
  /** Gives up after this long. */
  timeoutMs?: number;
  /** How to wait (tests pass a fake clock). */
  sleep?: (ms: number) => Promise<void>;
}

export interface QuietResult {
  quiet: boolean;
  waitedMs: number;
  /** The database's share of one core during the last look; null when it cannot be read. */
  lastShare: number | null;
}

/**
 * Waits until the database is idle, so that no cell is measured while a young JVM still
 * compiles on background threads or Neo4j flushes what an ingest left. It was added after seed
 * search at c=1 once showed 5.2 ms of Neo4j CPU per request against 1.1 ms in the next suite;
 * in the runs since, the database was idle within a second of the warm-up, so that first cell's
 * excess is not background work, and this stays as a cheap guard. Returns at once when the
 * database's CPU cannot be read.
 */
export async function awaitQuietDatabase(
  read: () => CpuReading,
  options: QuietOptions = {},
): Promise<QuietResult> {
  const sampleMs = options.sampleMs ?? 500;
  const maxShare = options.maxShare ?? 0.05;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let waitedMs = 0;
  let lastShare: number | null = null;
  while (waitedMs < timeoutMs) {
    const before = read().database;
    if (before === null) return { quiet: false, waitedMs, lastShare: null };
    await sleep(sampleMs);
    waitedMs += sampleMs;
    const after = read().database;
    if (after === null) return { quiet: false, waitedMs, lastShare: null };
    lastShare = (after - before) / sampleMs;
    if (lastShare <= maxShare) return { quiet: true, waitedMs, lastShare };
  }
  return { quiet: false, waitedMs, lastShare };
}
