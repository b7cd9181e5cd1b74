// npm run bench:viz — in Debian's Chromium: time from navigation to the first interactive graph
// on the seed data, then for synthetic graphs of 500, 2,000 and 5,000 nodes the layout + render
// time and the frame times while zooming with the wheel and panning by dragging (real input
// events, see measure-gestures.ts). Starts its own throwaway embedded Neo4j (or uses NEO4J_URI),
// ingests the seeds, serves the built viewer (`npm run build:viz` runs first) from the API server.
// Prints medians and maxima over several runs; asserts nothing. `-- --webgl` adds a pass with
// Cytoscape's WebGL renderer (software GL under --disable-gpu, so slow here).
import fs from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { createServer } from '../../api/create-api.js';
import { loadConfig } from '../../graph/config/load-config.js';
import { ingestPaths } from '../../graph/ingest/ingest-paths.js';
import { warmUpReads } from '../../graph/store/warm-up-reads.js';
import { connectGraph } from '../../graph/store/connect-graph.js';
import { ensureSchema } from '../../graph/store/schema.js';
import { findFreePort } from '../../test/support/find-free-port.js';
import { VIEWER_DIST } from '../../test/viz/support/build-viewer.js';
import { launchChromium } from '../../test/viz/support/launch-chromium.js';
import type { FrameStats } from './measure-gestures.js';
import { measureGestures } from './measure-gestures.js';
import { createSyntheticGraph } from './synthetic-graph.js';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const WEBGL = process.argv.includes('--webgl');
const LOAD_RUNS = 7;
const GRAPH_RUNS = 3;
const SIZES = [500, 2_000, 5_000];
const GOALS = { firstGraphMs: 1_500, twoThousandMs: 2_000, frameMs: 50 };

interface Timing {
  layoutMs: number;
  renderMs: number;
  totalMs: number;
  edges: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const ms = (value: number): string => `${Math.round(value).toLocaleString('en')} ms`;
const max = (values: number[]): number => Math.max(...values);

interface FirstGraph {
  totalMs: number;
  /** When the last GraphQL response had arrived, from navigation start. */
  lastResponseMs: number;
  nodes: number;
}

async function timeFirstGraph(page: Page, url: string): Promise<FirstGraph> {
  await page.goto(url);
  await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 60_000 });
  return page.evaluate<FirstGraph>(`(() => ({
    totalMs: window.innograph.firstGraphMs,
    lastResponseMs: Math.max(0, ...performance.getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/graphql'))
      .map((e) => e.responseEnd)),
    nodes: window.innograph.cy.nodes().length,
  }))()`);
}

// In the page: replace the graph, run the viewer's own layout for "force-directed", then wait two
// frames so the canvas has drawn the result.
async function timeSynthetic(page: Page, nodeCount: number): Promise<Timing> {
  const elements = createSyntheticGraph(nodeCount);
  // The in-page code is a string: tsx would otherwise wrap a function with helpers (`__name`)
  // that do not exist in the page.
  return page.evaluate<Timing>(`(async (els) => {
    const { view, cy } = window.innograph;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const t0 = performance.now();
    view.restore(els);
    await view.layout('fcose', false);
    const t1 = performance.now();
    view.fit();
    await frame();
    await frame();
    const t2 = performance.now();
    return { layoutMs: t1 - t0, renderMs: t2 - t1, totalMs: t2 - t0, edges: cy.edges().length };
  })(${JSON.stringify(elements)})`);
}

interface SizeResult {
  timings: Timing[];
  zoom: FrameStats[];
  pan: FrameStats[];
}

/** `p50/p95/max` of frame intervals, each the median over runs, and the worst frame of all. */
function frames(stats: FrameStats[]): string {
  return `${Math.round(median(stats.map((s) => s.medianMs)))}/${Math.round(median(stats.map((s) => s.p95Ms)))}/${Math.round(max(stats.map((s) => s.maxMs)))} ms`;
}

async function benchRenderer(
  url: string,
  browser: Browser,
  renderer: 'canvas' | 'webgl',
): Promise<void> {
  const results = new Map<number, SizeResult>(
    SIZES.map((size) => [size, { timings: [], zoom: [], pan: [] }]),
  );
  for (let run = 0; run < GRAPH_RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await timeFirstGraph(page, renderer === 'webgl' ? `${url}?renderer=webgl` : url);
    for (const size of SIZES) {
      const result = results.get(size);
      result?.timings.push(await timeSynthetic(page, size));
      // Let the texture caches settle, as they would while a user looks before moving.
      await page.waitForTimeout(500);
      const gestures = await measureGestures(page);
      result?.zoom.push(gestures.zoom);
      result?.pan.push(gestures.pan);
    }
    await context.close();
  }
  console.log(
    `\nSynthetic graphs, ${renderer} renderer (${GRAPH_RUNS} runs; median, max of the runs):`,
  );
  console.log(
    '  nodes  edges  layout (max)         render (max)         total (max)          wheel zoom p50/p95/max  drag pan p50/p95/max',
  );
  for (const [size, { timings, zoom, pan }] of results) {
    const figure = (pick: (t: Timing) => number): string =>
      `${ms(median(timings.map(pick)))} (${ms(max(timings.map(pick)))})`;
    const goal =
      size === 2_000
        ? `  (goals: total < ${ms(GOALS.twoThousandMs)}, frames < ${ms(GOALS.frameMs)})`
        : '';
    console.log(
      `  ${String(size).padEnd(5)}  ${String(timings[0]?.edges ?? 0).padEnd(5)}  ${figure((t) => t.layoutMs).padEnd(19)}  ${figure((t) => t.renderMs).padEnd(19)}  ${figure((t) => t.totalMs).padEnd(19)}  ${frames(zoom).padEnd(22)}  ${frames(pan)}${goal}`,
    );
  }
  const settle = (stats: FrameStats[]): string => ms(median(stats.map((s) => s.settleMs)));
  console.log(
    `  full redraw after the gesture stops, median: ${SIZES.map((size) => `${size}: zoom ${settle(results.get(size)?.zoom ?? [])}, pan ${settle(results.get(size)?.pan ?? [])}`).join('; ')}`,
  );
}

async function main(): Promise<void> {
  // NEO4J_URI names a server to measure; otherwise a throwaway embedded Neo4j.
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'innograph-bench-viz-'));
  const graph = await connectGraph({
    ...loadConfig(process.env),
    dataDir,
    embeddedNeo4jPort: await findFreePort(),
  });
  const { store } = graph;
  let server: Server | null = null;
  const browser = await launchChromium();
  try {
    await ensureSchema(store);
    await ingestPaths(store, [SEEDS]);
    await warmUpReads(store); // as `npm start` does before it serves
    const port = await findFreePort();
    server = createServer({
      store,
      config: { token: undefined, corsOrigins: undefined },
      staticDir: VIEWER_DIST,
    });
    await new Promise<void>((resolve) => server?.listen(port, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${port}/`;

    // The first page served after start-up also pays for the API's and Neo4j's warm-up (query
    // plans, JIT); it is reported on its own, the cold browser loads after it make the figure.
    const loadOnce = async (): Promise<FirstGraph> => {
      // A fresh context each time: nothing cached, as for a first visit.
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const load = await timeFirstGraph(await context.newPage(), url);
      await context.close();
      return load;
    };
    const firstAfterStart = await loadOnce();
    const loads: FirstGraph[] = [];
    for (let run = 0; run < LOAD_RUNS; run++) loads.push(await loadOnce());
    const totals = loads.map((l) => l.totalMs);
    const apiDone = loads.map((l) => l.lastResponseMs);

    console.log(
      `\nbench:viz — Chromium ${browser.version()}, ${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(1)}\n`,
    );
    console.log(
      `Navigation → first interactive graph (seed data, ${loads[0]?.nodes ?? 0} nodes, ${LOAD_RUNS} cold browser loads):`,
    );
    console.log(
      `  median ${ms(median(totals))}, min ${ms(Math.min(...totals))}, max ${ms(max(totals))}  (goal < ${ms(GOALS.firstGraphMs)})`,
    );
    console.log(`  of which until the last GraphQL answer arrived: median ${ms(median(apiDone))}`);
    console.log(`  per run: ${totals.map((t) => ms(t)).join(', ')}`);
    console.log(
      `  the first page after the server started (API and Neo4j warming up): ${ms(firstAfterStart.totalMs)}, last GraphQL answer at ${ms(firstAfterStart.lastResponseMs)}`,
    );
    for (const renderer of WEBGL ? (['canvas', 'webgl'] as const) : (['canvas'] as const)) {
      await benchRenderer(url, browser, renderer);
    }
    console.log(`\nload average at the end ${os.loadavg()[0]?.toFixed(1)}`);
  } finally {
    await browser.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await graph.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

await main();
