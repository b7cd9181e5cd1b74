// `npm run bench:extract`: MB/s of text extracted on one core, through the whole pipeline and
// per stage, over the seeds repeated to a few megabytes (BENCH_MB, default 3), best of three
// passes. Prints figures; asserts nothing.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractDocument } from '../../graph/extract/extract-document.js';
import { extractEntities } from '../../graph/extract/extract-entities.js';
import { extractMetadata } from '../../graph/extract/extract-metadata.js';
import { extractOwners } from '../../graph/extract/extract-owners.js';
import { extractRelations } from '../../graph/extract/extract-relations.js';
import { extractStructure } from '../../graph/extract/extract-structure.js';
import { extractTargets } from '../../graph/extract/extract-targets.js';
import { normaliseText } from '../../graph/extract/normalise-text.js';
import { decodeText } from '../../graph/ingest/decode-text.js';

const SEEDS_DIR = 'seeds';
/** Text extracted per measurement, in UTF-8 megabytes of the seeds. */
const TARGET_MB = Number(process.env.BENCH_MB ?? 3);
/** Passes over the corpus; the best is reported. */
const REPEATS = 3;

const STAGES = [
  'normalise',
  'metadata',
  'structure',
  'owners',
  'entities',
  'targets',
  'relations',
] as const;
type Stage = (typeof STAGES)[number];

async function readSeeds(): Promise<string[]> {
  const names = (await readdir(SEEDS_DIR)).filter((name) => name.endsWith('.txt')).sort();
  const texts: string[] = [];
  for (const name of names) texts.push(decodeText(await readFile(join(SEEDS_DIR, name))).text);
  return texts;
}

/** One pass over the corpus, stage by stage, adding each stage's time to `times`. */
function runStages(corpus: readonly string[], times: Map<Stage, number>): void {
  const lap = <T>(stage: Stage, run: () => T): T => {
    const start = performance.now();
    const result = run();
    times.set(stage, (times.get(stage) ?? 0) + performance.now() - start);
    return result;
  };
  for (const original of corpus) {
    const text = lap('normalise', () => normaliseText(original));
    const document = lap('metadata', () => extractMetadata(text, {}));
    const structure = lap('structure', () => extractStructure(text));
    const tasks = lap('owners', () => extractOwners(text, structure.tasks, document));
    const entities = lap('entities', () => extractEntities(text, { document, tasks }));
    lap('targets', () => extractTargets(text, { document, sections: structure.sections, tasks }));
    lap('relations', () => extractRelations(text, { document, tasks, entities }));
  }
}

function toMbPerSecond(bytes: number, ms: number): string {
  return (bytes / 1e6 / (ms / 1000)).toFixed(2);
}

async function main(): Promise<void> {
  const seeds = await readSeeds();
  const seedBytes = seeds.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
  const rounds = Math.max(1, Math.ceil((TARGET_MB * 1e6) / seedBytes));
  const corpus = Array.from({ length: rounds }, () => seeds).flat();
  const bytes = seedBytes * rounds;
  const characters = corpus.reduce((sum, text) => sum + text.length, 0);

  // Warm the JIT so the figures measure steady state.
  for (let round = 0; round < 3; round += 1) for (const text of seeds) extractDocument(text);
  runStages(seeds, new Map());

  // Best of REPEATS for each figure: the machine is shared, the fastest pass is the least disturbed.
  let times = new Map<Stage, number>();
  let total = Infinity;
  let facts = 0;
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    const stageTimes = new Map<Stage, number>();
    runStages(corpus, stageTimes);
    if (repeat === 0) times = stageTimes;
    for (const stage of STAGES) {
      times.set(stage, Math.min(times.get(stage) ?? Infinity, stageTimes.get(stage) ?? Infinity));
    }
    const start = performance.now();
    facts = 0;
    for (const text of corpus) {
      const result = extractDocument(text);
      facts += result.tasks.length + result.targets.length + result.entities.length;
    }
    total = Math.min(total, performance.now() - start);
  }

  const lines = [
    `extract: ${corpus.length} documents (${seeds.length} seeds × ${rounds}), ` +
      `${(bytes / 1e6).toFixed(2)} MB UTF-8, ${characters.toLocaleString('en')} characters`,
    `pipeline   ${toMbPerSecond(bytes, total).padStart(7)} MB/s  ${total.toFixed(0).padStart(6)} ms  ` +
      `(${facts.toLocaleString('en')} tasks+targets+entities)`,
    ...STAGES.map((stage) => {
      const ms = times.get(stage) ?? 0;
      return `  ${stage.padEnd(9)}${toMbPerSecond(bytes, ms).padStart(7)} MB/s  ${ms.toFixed(0).padStart(6)} ms`;
    }),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
