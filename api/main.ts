// Composition root of `npm start`: the embedded Neo4j (unless NEO4J_URI), the seed documents,
// the API and the built viewer, on one port. Config is read here once and passed down.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONFIG_VARIABLES } from '../graph/config/config-variables.js';
import type { ConfigOverrides } from '../graph/config/load-config.js';
import { loadConfig } from '../graph/config/load-config.js';
import { formatSummary } from '../graph/cli/ingest-command.js';
import { ingestPaths } from '../graph/ingest/ingest-paths.js';
import type { GraphConnection } from '../graph/store/connect-graph.js';
import { connectGraph } from '../graph/store/connect-graph.js';
import { ensureSchema } from '../graph/store/schema.js';
import { warmUpReads } from '../graph/store/warm-up-reads.js';
import { createServer } from './create-api.js';

const SEEDS_DIR = fileURLToPath(new URL('../seeds/', import.meta.url));
const VIEWER_DIR = fileURLToPath(new URL('../viz/dist/', import.meta.url));

/** `--port 4100 --seeds ./docs` and the other config flags (graph/config/config-variables.ts). */
function readArgs(argv: string[]): { overrides: ConfigOverrides; seeds: string[] } {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {
    seeds: { type: 'string', multiple: true },
    'no-seeds': { type: 'boolean' },
  };
  for (const variable of CONFIG_VARIABLES) options[variable.flag.slice(2)] = { type: 'string' };
  const { values } = parseArgs({ args: argv, options, strict: true });
  const overrides: ConfigOverrides = {};
  for (const variable of CONFIG_VARIABLES) {
    const value = values[variable.flag.slice(2)];
    if (typeof value === 'string') overrides[variable.name] = value;
  }
  const seeds = values['no-seeds'] === true ? [] : (values.seeds as string[] | undefined);
  return { overrides, seeds: seeds ?? [SEEDS_DIR] };
}

async function main(): Promise<void> {
  const { overrides, seeds } = readArgs(process.argv.slice(2));
  const config = loadConfig(process.env, overrides);
  const where = config.neo4jUri ?? `embedded Neo4j in ${config.dataDir}`;
  process.stdout.write(`innograph: starting on ${where}\n`);
  // A server answers DATABASE_UNAVAILABLE within a second rather than retrying for half a minute.
  const graph = await connectGraph(config, { maxRetryTimeMs: 1_000 });
  const staticDir = existsSync(VIEWER_DIR) ? VIEWER_DIR : undefined;
  const server = createServer({ store: graph.store, config, staticDir, logging: false });
  stopOnSignals(graph, () => server.close());
  try {
    await ensureSchema(graph.store);
    if (seeds.length > 0) {
      const summary = await ingestPaths(graph.store, seeds, {
        onProgress: (event) => {
          if (event.type === 'document' && event.status === 'failed') {
            process.stderr.write(`innograph: failed ${event.path}\n`);
          }
        },
      });
      process.stdout.write(formatSummary(summary));
    }
    await warmUpReads(graph.store);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, '127.0.0.1', resolve);
    });
  } catch (error) {
    // Never leave the embedded JVM behind when start-up fails half-way (e.g. a taken PORT).
    await graph.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`PORT ${config.port} is already in use (set PORT or --port)`);
    }
    throw error;
  }
  const base = `http://127.0.0.1:${config.port}`;
  process.stdout.write(
    [
      '',
      `  Viewer   ${staticDir ? `${base}/` : '(not built: run npm run build:viz)'}`,
      `  GraphQL  ${base}/graphql`,
      `  Neo4j    ${graph.embedded?.uri ?? config.neo4jUri ?? ''}`,
      '',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

/** Ctrl-C (or SIGTERM) closes the server, the driver and the embedded JVM, then exits. */
function stopOnSignals(graph: GraphConnection, closeServer: () => void): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\ninnograph: ${signal}, stopping…\n`);
    closeServer();
    graph.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`innograph: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
