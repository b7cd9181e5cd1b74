import { performance } from 'node:perf_hooks';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { loadConfig } from '../config/load-config.js';
import type { IngestProgress, IngestSummary } from '../ingest/ingest-paths.js';
import { ingestPaths } from '../ingest/ingest-paths.js';
import { connectGraph } from '../store/connect-graph.js';
import { ensureSchema } from '../store/schema.js';
import { handleError } from './handle-error.js';

// Without a terminal, a progress line at most this often (and on every failure) keeps CI logs short.
const PLAIN_PROGRESS_INTERVAL_MS = 2_000;

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('Load documents (files or folders, recursively) into the graph')
    .argument('<paths...>', 'files or folders to ingest')
    .option('--force', 're-extract documents whose content has not changed', false)
    .action(async (paths: string[], options: { force: boolean }) => {
      let graph: Awaited<ReturnType<typeof connectGraph>> | undefined;
      let failure: unknown;
      try {
        graph = await connectGraph(loadConfig(process.env));
        await ensureSchema(graph.store);
        const summary = await ingestPaths(graph.store, paths, {
          force: options.force,
          onProgress: createProgressReporter(process.stdout),
        });
        process.stdout.write(formatSummary(summary));
        if (summary.failed.length > 0) process.exitCode = 1;
      } catch (error) {
        failure = error;
      } finally {
        await graph?.close();
      }
      if (failure !== undefined) handleError(failure);
    });
}

/** A cli-progress bar (documents, rate, ETA) on a terminal; plain lines otherwise. */
function createProgressReporter(stream: NodeJS.WriteStream): (event: IngestProgress) => void {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: 'ingest {bar} {value}/{total} documents | {rate} docs/s | ETA {eta_formatted}',
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = 0;
    return (event) => {
      if (event.type === 'start') {
        started = performance.now();
        bar.start(event.total, 0, { rate: '0.0' });
        return;
      }
      const seconds = (performance.now() - started) / 1000;
      bar.update(event.done, { rate: (event.done / Math.max(seconds, 0.001)).toFixed(1) });
      if (event.done === event.total) bar.stop();
    };
  }
  let lastLine = 0;
  return (event) => {
    if (event.type === 'start') {
      stream.write(`ingest: ${event.total} documents\n`);
      return;
    }
    const now = performance.now();
    if (
      event.status !== 'failed' &&
      event.done !== event.total &&
      now - lastLine < PLAIN_PROGRESS_INTERVAL_MS
    ) {
      return;
    }
    lastLine = now;
    stream.write(`ingest: ${event.done}/${event.total} ${event.status} ${event.path}\n`);
  };
}

export function formatSummary(summary: IngestSummary): string {
  const seconds = (summary.ms / 1000).toFixed(1);
  const lines = [
    `Ingested ${count(summary.documents, 'document')} (${summary.unchanged} unchanged) in ${seconds} s: ` +
      `${count(summary.nodesCreated, 'node')} and ` +
      `${count(summary.relationshipsCreated, 'relationship')} created.`,
  ];
  if (summary.skipped.length > 0) {
    lines.push(`Skipped ${count(summary.skipped.length, 'file')}:`);
    for (const { path, reason } of summary.skipped) lines.push(`  ${path}: ${reason}`);
  }
  if (summary.failed.length > 0) {
    lines.push(`Failed ${count(summary.failed.length, 'file')}:`);
    for (const { path, reason } of summary.failed) lines.push(`  ${path}: ${reason}`);
  }
  return `${lines.join('\n')}\n`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
