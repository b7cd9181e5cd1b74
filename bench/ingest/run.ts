// npm run bench:ingest [-- --docs N]
// Generates a synthetic corpus from the seeds and ingests it into an empty database (a
// throwaway embedded Neo4j unless NEO4J_URI is set) document by document as ingestPaths does,
// writing each document's rows a second time with a bare `UNWIND $rows CREATE` through the
// driver; prints throughput per stage, memory and the ratio to the baseline.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../graph/config/load-config.js';
import { extractDocument } from '../../graph/extract/extract-document.js';
import { findDocumentFiles, readDocument } from '../../graph/ingest/read-documents.js';
import { awaitSearchIndexes } from '../../graph/store/await-search-indexes.js';
import { toDocumentId } from '../../graph/store/document-id.js';
import { saveDocument } from '../../graph/store/save-document.js';
import { countGraph } from '../../graph/store/count-graph.js';
import { toDocumentRows } from '../../graph/store/document-rows.js';
import { connectGraph } from '../../graph/store/connect-graph.js';
import type { GraphConnection } from '../../graph/store/connect-graph.js';
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
let connection: GraphConnection | null = null;
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

  // NEO4J_URI names a server to measure; otherwise a throwaway embedded Neo4j.
  connection = await connectGraph(
    { ...config, dataDir: path.join(workDir, 'neo4j'), embeddedNeo4jPort: await findFreePort() },
    { embedded: { heapMb: Number(args['heap-mb']), pageCacheMb: 512 } },
  );
  const { store, embedded } = connection;
  await ensureSchema(store);

  // Each document is read, extracted and saved as ingestPaths does it, and then its rows are
  // written again by the bare baseline, so both see the same load on this shared machine.
  const { files } = await findDocumentFiles([corpusDir]);
  const times = { read: 0, extract: 0, save: 0, bare: 0, firstSave: 0 };
  let facts = 0;
  let bareRows = 0;
  let last = { done: 0, at: performance.now() };
  for (const [index, file] of files.entries()) {
    let started = performance.now();
    const document = await readDocument(file);
    times.read += lap();
    const extraction = extractDocument(document.text, { source: document.source });
    times.extract += lap();
    const input = { id: toDocumentId(path.resolve(file)), ...document, extraction };
    const result = await saveDocument(store, input, { awaitSearch: false });
    const saveMs = lap();
    times.save += saveMs;
    if (index === 0) times.firstSave = saveMs;
    facts += result.facts;
    const bare = toBareRows(toDocumentRows(input));
    await saveBareRows(store, [bare]);
    times.bare += lap();
    bareRows += bare.length;
    if (index + 1 - last.done >= files.length / 10 || index + 1 === files.length) {
      const rate = ((index + 1 - last.done) / (performance.now() - last.at)) * 1000;
      process.stderr.write(`ingested ${index + 1}/${files.length} (${rate.toFixed(1)} docs/s)\n`);
      last = { done: index + 1, at: performance.now() };
    }
    function lap(): number {
      const now = performance.now();
      const ms = now - started;
      started = now;
      return ms;
    }
  }
  const awaitStarted = performance.now();
  await awaitSearchIndexes(store);
  times.save += performance.now() - awaitStarted;
  const graph = await countGraph(store);
  const documents = files.length;

  const jvmPeakMb = embedded === null ? null : await readPeakMb(embedded.pid);
  const nodePeakMb = process.resourceUsage().maxRSS / 1024;
  const ingestSeconds = (times.read + times.extract + times.save) / 1000;
  const saveSeconds = times.save / 1000;
  const bareSeconds = times.bare / 1000;
  const lines = [
    `innograph ingest benchmark: ${documents} synthetic documents (${megabytes.toFixed(1)} MB of text)` +
      ` into ${embedded ? `an empty embedded Neo4j ${embedded.neo4jVersion}` : config.neo4jUri}`,
    `graph: ${graph.nodes} nodes (${graph.nodes - bareRows} without the baseline's), ${graph.relationships} relationships;` +
      ` ${facts} facts written (nodes and relationships, as rows)`,
    row('ingest (read + extract + save)', ingestSeconds, documents, facts),
    row('  read', times.read / 1000, documents, facts),
    row('  extract', times.extract / 1000, documents, facts),
    row('  saveDocument', saveSeconds, documents, facts),
    row('bare UNWIND $rows CREATE', bareSeconds, documents, bareRows),
    `first saveDocument, with planning: ${(times.firstSave / 1000).toFixed(1)} s`,
    `ratio saveDocument / bare (facts/s): ${(bareSeconds / saveSeconds).toFixed(2)}` +
      `; without the first save: ${(bareSeconds / (saveSeconds - times.firstSave / 1000)).toFixed(2)}`,
    `ratio whole ingest / bare (facts/s): ${(bareSeconds / ingestSeconds).toFixed(2)}`,
    `peak memory: node ${nodePeakMb.toFixed(0)} MB (maxRSS), JVM ${
      jvmPeakMb === null ? 'n/a (NEO4J_URI)' : `${jvmPeakMb.toFixed(0)} MB (VmHWM)`
    }`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await connection?.close();
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
