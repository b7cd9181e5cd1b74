// npm run bench:api [-- --docs 2000 --requests 400 --max-ms 3000]
// Latency percentiles and throughput of five canonical operations through the GraphQL API and
// as hand-written Cypher through the bare driver, in alternating turns of the same run, at
// concurrency 1, 16 and 64:
// first on the seed graph, then on the synthetic corpus of the ingest benchmark (--docs 0 skips).
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApi } from '../../api/create-api.js';
import { loadConfig } from '../../graph/config/load-config.js';
import { ingestPaths } from '../../graph/ingest/ingest-paths.js';
import { connectGraph } from '../../graph/store/connect-graph.js';
import type { GraphConnection } from '../../graph/store/connect-graph.js';
import type { Store } from '../../graph/store/open-store.js';
import { ensureSchema } from '../../graph/store/schema.js';
import { findFreePort } from '../../test/support/find-free-port.js';
import { generateCorpus } from '../ingest/generate-corpus.js';
import { createBenchOperations } from './bench-operations.js';
import type { BenchOperation, BenchTargets } from './bench-operations.js';
import { describeSteal, readCpuTimes } from './cpu-steal.js';
import { measurePair } from './measure-load.js';
import type { LoadResult } from './measure-load.js';
import { awaitQuietDatabase, createCpuMeter } from './process-cpu.js';
import type { CpuReading } from './process-cpu.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const CONCURRENCIES = [1, 16, 64];
/** Both sides of each operation, before the suite is measured. */
const WARM_UP_MS = 4_000;

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '2000' },
    requests: { type: 'string', default: '400' },
    'max-ms': { type: 'string', default: '3000' },
  },
});
const documents = Number(args.docs);
const requests = Number(args.requests);
const maxMs = Number(args['max-ms']);

/**
 * The busiest agency of a known jurisdiction (what a planner asks about), the document with most
 * tasks and the jurisdiction with most tasks.
 */
async function pickTargets(store: Store): Promise<BenchTargets> {
  const run = async (cypher: string): Promise<string> => {
    const result = await store.driver.executeQuery(cypher, {}, { database: store.database });
    return String(result.records[0]?.get(0) ?? '');
  };
  return {
    searchText: '科技',
    agencyId: await run(`MATCH (a:Agency)<-[r:ASSIGNED_TO {role: 'lead'}]-()
      WHERE a.jurisdiction IS NOT NULL
      RETURN a.id ORDER BY COUNT { (a)<-[:ASSIGNED_TO {role: 'lead'}]-() } DESC LIMIT 1`),
    documentId: await run(`MATCH (d:Document)
      RETURN d.id ORDER BY COUNT { (d)-[:HAS_TASK]->() } DESC, d.id LIMIT 1`),
    jurisdiction: await run(`MATCH (d:Document)-[:HAS_TASK]->() WHERE d.jurisdiction IS NOT NULL
      RETURN d.jurisdiction, count(*) AS tasks ORDER BY tasks DESC LIMIT 1`),
  };
}

/** Full-text indexes finish populating after an ingest; a search measured before would miss. */
async function awaitIndexes(store: Store): Promise<void> {
  await store.driver.executeQuery('CALL db.awaitIndexes(300)');
}

/**
 * Lets the database finish what an ingest and the warm-up leave running (flushing pages after
 * a burst of writes, Community having no db.checkpoint to force it; a young JVM compiling), so
 * it does not land on whichever cell is measured first. Where the database's CPU can be read
 * the bench waits until it is idle; elsewhere (a server at NEO4J_URI) it pauses 5 s.
 */
async function settle(cpu: () => CpuReading): Promise<void> {
  const quiet = await awaitQuietDatabase(cpu);
  if (quiet.lastShare === null) {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    return;
  }
  console.log(
    quiet.quiet
      ? `database idle after ${(quiet.waitedMs / 1000).toFixed(1)} s`
      : `database still busy after ${(quiet.waitedMs / 1000).toFixed(0)} s (${(100 * quiet.lastShare).toFixed(0)}% of a core); measuring anyway`,
  );
}

/**
 * Every operation, both sides, under load for a while before anything is measured: Neo4j's JIT
 * compiles a query's plan only after many runs, and the first cells otherwise measured a
 * server just started (agency → tasks at c16 was 2× slower in a bench run than on a server
 * that had answered it for minutes, on both sides).
 */
async function warmUpSuite(operations: readonly BenchOperation[]): Promise<void> {
  process.stderr.write('warming up…\n');
  for (const operation of operations) {
    await measurePair(operation.graphql, operation.bare, {
      concurrency: 16,
      requests: Number.MAX_SAFE_INTEGER,
      maxMs: WARM_UP_MS,
      warmupMs: 0,
      rounds: 2,
    });
  }
}

function format(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

/** "1.10 + 0.62": Node's and the database's CPU ms per request ("1.10 + ?" when unread). */
function formatCpu(result: LoadResult): string {
  const cpu = result.cpuPerRequest;
  if (cpu === null) return '?';
  return `${cpu.node.toFixed(2)} + ${cpu.database === null ? '?' : cpu.database.toFixed(2)}`;
}

async function runSuite(store: Store, label: string, cpu: () => CpuReading): Promise<void> {
  const api = createApi({ store, config: { token: undefined, corsOrigins: undefined } });
  const targets = await pickTargets(store);
  const counts = await store.driver.executeQuery(
    'MATCH (d:Document) WITH count(d) AS documents MATCH (n) RETURN documents, count(n) AS nodes',
  );
  const record = counts.records[0];
  console.log(
    `\n## ${label}: ${String(record?.get('documents'))} documents, ${String(record?.get('nodes'))} nodes`,
  );
  console.log(`targets: ${JSON.stringify(targets)}`);
  const operations = createBenchOperations(api, store, targets);
  await warmUpSuite(operations);
  await settle(cpu);
  const cpuBefore = readCpuTimes();
  console.log(
    '| operation | conc | GraphQL p50 / p95 / p99 ms | GraphQL req/s | bare p50 / p95 / p99 ms | bare req/s | p50 ratio | CPU ms/req, Node + Neo4j: GraphQL / bare | errors |',
  );
  console.log('|---|---:|---|---:|---|---:|---:|---|---:|');
  for (const operation of operations) {
    for (const concurrency of CONCURRENCIES) {
      const options = { concurrency, requests, maxMs, cpu };
      const [graphql, bare] = await measurePair(operation.graphql, operation.bare, options);
      console.log(
        `| ${operation.name} | ${concurrency} | ${format(graphql.p50)} / ${format(graphql.p95)} / ${format(graphql.p99)} | ${graphql.throughput.toFixed(0)} | ${format(bare.p50)} / ${format(bare.p95)} / ${format(bare.p99)} | ${bare.throughput.toFixed(0)} | ${(graphql.p50 / bare.p50).toFixed(2)} | ${formatCpu(graphql)} / ${formatCpu(bare)} | ${graphql.errors} / ${bare.errors} |`,
      );
    }
  }
  const steal = describeSteal(cpuBefore, readCpuTimes());
  if (steal !== '') console.log(`\n${steal}`);
}

const workDir = await mkdtemp(path.join(tmpdir(), 'innograph-bench-api-'));
// NEO4J_URI names a server to measure; otherwise a throwaway embedded Neo4j.
const config = {
  ...loadConfig(process.env),
  dataDir: path.join(workDir, 'neo4j'),
  embeddedNeo4jPort: await findFreePort(),
};
let graph: GraphConnection | null = null;
try {
  graph = await connectGraph(config, { embedded: { heapMb: 1024, pageCacheMb: 512 } });
  const store = graph.store;
  // The embedded JVM's CPU is read from /proc; a server at NEO4J_URI's is not ours to read.
  const cpu = createCpuMeter(graph.embedded?.pid ?? null);
  await ensureSchema(store);
  await ingestPaths(store, [SEEDS]);
  await awaitIndexes(store);
  await runSuite(store, 'Seed graph', cpu);

  if (documents > 0) {
    const corpusDir = path.join(workDir, 'corpus');
    await mkdir(corpusDir);
    const seedFiles = (await readdir(SEEDS)).filter((name) => name.endsWith('.txt'));
    const seedTexts = await Promise.all(
      seedFiles.map((name) => readFile(path.join(SEEDS, name), 'utf8')),
    );
    for (const document of generateCorpus(seedTexts, { documents })) {
      await writeFile(path.join(corpusDir, document.name), document.text);
    }
    process.stderr.write(`ingesting ${documents} synthetic documents…\n`);
    await ingestPaths(store, [corpusDir]);
    await awaitIndexes(store);
    await runSuite(store, `Seeds + ${documents}-document synthetic corpus`, cpu);
  }
} finally {
  await graph?.close();
  await rm(workDir, { recursive: true, force: true });
}
