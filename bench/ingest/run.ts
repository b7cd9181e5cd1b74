// npm run bench:ingest [-- --docs N]
// Generates a synthetic corpus from the seeds, ingests it into an empty database (a throwaway
// embedded Neo4j unless NEO4J_URI is set) through ingestPaths, then writes the same rows with a
// bare `UNWIND $rows CREATE` through the driver, and prints throughput, memory and the ratio.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../graph/config/load-config.js';
import { ingestPaths } from '../../graph/ingest/ingest-paths.js';
import { countGraph } from '../../graph/store/count-graph.js';
import { toDocumentRows } from '../../graph/store/document-rows.js';
import { startEmbeddedNeo4j } from '../../graph/store/embedded/start-embedded-neo4j.js';
import type { EmbeddedNeo4j } from '../../graph/store/embedded/start-embedded-neo4j.js';
import { openStore } from '../../graph/store/open-store.js';
import type { Store } from '../../graph/store/open-store.js';
import { ensureSchema } from '../../graph/store/schema.js';
import { generateCorpus } from './generate-corpus.js';
import { saveBareRows, toBareRows } from './save-bare-rows.js';

const SEEDS = path.join(import.meta.dirname, '../../seeds');

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '2000' },
    'heap-mb': { type: 'string', default: '1024' },
  },
});
const documentCount = Number(args.docs);
if (!Number.isInteger(documentCount) || documentCount < 1) {
  throw new Error(`--docs must be a positive integer, not ${args.docs}`);
}

const config = loadConfig(process.env);
const workDir = await mkdtemp(path.join(tmpdir(), 'innograph-bench-ingest-'));
let embedded: EmbeddedNeo4j | null = null;
let store: Store | null = null;
try {
  const corpusDir = path.join(workDir, 'corpus');
  await mkdir(corpusDir);
  const seedFiles = (await readdir(SEEDS)).filter((name) => name.endsWith('.txt'));
  const seedTexts = await Promise.all(
    seedFiles.map((name) => readFile(path.join(SEEDS, name), 'utf8')),
  );
  const corpus = generateCorpus(seedTexts, { documents: documentCount });
  for (const document of corpus)
    await writeFile(path.join(corpusDir, document.name), document.text);
  const megabytes =
    corpus.reduce((sum, document) => sum + Buffer.byteLength(document.text), 0) / 1e6;

  if (config.neo4jUri) {
    store = openStore({
      uri: config.neo4jUri,
      user: config.neo4jUser,
      password: config.neo4jPassword,
      database: config.neo4jDatabase,
    });
  } else {
    embedded = await startEmbeddedNeo4j({
      dataDir: path.join(workDir, 'neo4j'),
      port: await findFreePort(),
      heapMb: Number(args['heap-mb']),
      pageCacheMb: 512,
    });
    store = openStore({ uri: embedded.uri, user: 'neo4j', password: 'unused' });
  }
  await ensureSchema(store);

  const replay: ReturnType<typeof toBareRows>[] = [];
  // Progress on stderr: the rate over each tenth shows whether saving slows as the graph grows.
  let lastReport = { done: 0, at: performance.now() };
  const summary = await ingestPaths(store, [corpusDir], {
    onSaved: (input) => replay.push(toBareRows(toDocumentRows(input))),
    onProgress: (event) => {
      if (event.type !== 'document') return;
      if (event.done - lastReport.done >= event.total / 10 || event.done === event.total) {
        const now = performance.now();
        const rate = ((event.done - lastReport.done) / (now - lastReport.at)) * 1000;
        process.stderr.write(`ingested ${event.done}/${event.total} (${rate.toFixed(1)} docs/s)\n`);
        lastReport = { done: event.done, at: now };
      }
    },
  });
  const graph = await countGraph(store);
  const bareMs = await saveBareRows(store, replay);
  const bareRows = replay.reduce((sum, rows) => sum + rows.length, 0);

  const jvmPeakMb = embedded === null ? null : await readPeakMb(embedded.pid);
  const nodePeakMb = process.resourceUsage().maxRSS / 1024;
  const seconds = summary.ms / 1000;
  const saveSeconds = summary.saveMs / 1000;
  const bareSeconds = bareMs / 1000;
  const lines = [
    `innograph ingest benchmark: ${summary.documents} synthetic documents (${megabytes.toFixed(1)} MB of text)` +
      ` into ${embedded ? `an empty embedded Neo4j ${embedded.neo4jVersion}` : config.neo4jUri}`,
    `failed documents: ${summary.failed.length}`,
    `graph: ${graph.nodes} nodes, ${graph.relationships} relationships; ${summary.facts} facts written` +
      ` (nodes + relationships as rows)`,
    row('ingest (read + extract + save)', seconds, summary.documents, summary.facts),
    row('  of which saveDocument', saveSeconds, summary.documents, summary.facts),
    row('bare UNWIND $rows CREATE', bareSeconds, replay.length, bareRows),
    `ratio saveDocument / bare (facts/s): ${(bareSeconds / saveSeconds).toFixed(2)}`,
    `ratio whole ingest / bare (facts/s): ${(bareSeconds / seconds).toFixed(2)}`,
    `peak memory: node ${nodePeakMb.toFixed(0)} MB (maxRSS), JVM ${
      jvmPeakMb === null ? 'n/a (NEO4J_URI)' : `${jvmPeakMb.toFixed(0)} MB (VmHWM)`
    }`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await store?.close();
  await embedded?.stop();
  await rm(workDir, { recursive: true, force: true });
}

function row(label: string, seconds: number, documents: number, facts: number): string {
  return `${label.padEnd(32)} ${seconds.toFixed(1).padStart(7)} s  ${(documents / seconds)
    .toFixed(1)
    .padStart(7)} docs/s  ${(facts / seconds).toFixed(0).padStart(8)} facts/s`;
}

/** Peak resident memory of a process (VmHWM in /proc/PID/status), in MB. */
async function readPeakMb(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kilobytes = /^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1];
  return kilobytes === undefined ? null : Number(kilobytes) / 1024;
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
