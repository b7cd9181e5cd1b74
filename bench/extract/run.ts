// `npm run bench:extract`: MB/s of text extracted on one core, through the whole pipeline and
// per stage, over the seeds repeated to a few megabytes (BENCH_MB, default 3), best of three
// passes. Each figure is given by wall time and by this process's CPU time: the machine is
// shared, and CPU time is the steadier of the two when others load it. The one-off cost of the
// traditional → simplified dictionaries is printed apart. Prints figures; asserts nothing.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
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

/** Wall and CPU milliseconds. */
interface Time {
  wall: number;
  cpu: number;
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function timed<T>(run: () => T): { result: T; time: Time } {
  const wall = performance.now();
  const cpu = cpuMs();
  const result = run();
  return { result, time: { wall: performance.now() - wall, cpu: cpuMs() - cpu } };
}

// Before anything else loads opencc-js: what the dictionaries cost once per process.
const openccLoad = performance.now();
const { toSimplified } = await import('../../graph/extract/to-simplified.js');
const openccLoadMs = performance.now() - openccLoad;
const openccFirst = performance.now();
toSimplified('科技創新平臺');
const openccFirstMs = performance.now() - openccFirst;

const { extractDocument } = await import('../../graph/extract/extract-document.js');
const { extractEntities } = await import('../../graph/extract/extract-entities.js');
const { extractMetadata } = await import('../../graph/extract/extract-metadata.js');
const { extractOwners } = await import('../../graph/extract/extract-owners.js');
const { extractRelations } = await import('../../graph/extract/extract-relations.js');
const { extractStructure } = await import('../../graph/extract/extract-structure.js');
const { extractTargets } = await import('../../graph/extract/extract-targets.js');
const { normaliseText } = await import('../../graph/extract/normalise-text.js');

async function readSeeds(): Promise<string[]> {
  const names = (await readdir(SEEDS_DIR)).filter((name) => name.endsWith('.txt')).sort();
  const texts: string[] = [];
  for (const name of names) texts.push(decodeText(await readFile(join(SEEDS_DIR, name))).text);
  return texts;
}

/** One pass over the corpus, stage by stage, as extractDocument runs them. */
function runStages(corpus: readonly string[]): Map<Stage, Time> {
  const times = new Map<Stage, Time>();
  const lap = <T>(stage: Stage, run: () => T): T => {
    const { result, time } = timed(run);
    const sum = times.get(stage) ?? { wall: 0, cpu: 0 };
    times.set(stage, { wall: sum.wall + time.wall, cpu: sum.cpu + time.cpu });
    return result;
  };
  for (const original of corpus) {
    const text = lap('normalise', () => normaliseText(original));
    const document = lap('metadata', () => extractMetadata(text, {}));
    const structure = lap('structure', () => extractStructure(text));
    const tasks = lap('owners', () =>
      extractOwners(text, structure.tasks, document, structure.groupSpans),
    );
    const entities = lap('entities', () => extractEntities(text, { document, tasks }));
    lap('targets', () => extractTargets(text, { document, sections: structure.sections, tasks }));
    lap('relations', () => extractRelations(text, { document, tasks, entities }));
  }
  return times;
}

function toMbPerSecond(bytes: number, ms: number): string {
  return (bytes / 1e6 / (ms / 1000)).toFixed(2);
}

function formatTime(bytes: number, time: Time): string {
  return (
    `${toMbPerSecond(bytes, time.wall).padStart(7)} MB/s ${time.wall.toFixed(0).padStart(6)} ms wall` +
    `  ${toMbPerSecond(bytes, time.cpu).padStart(7)} MB/s ${time.cpu.toFixed(0).padStart(6)} ms cpu`
  );
}

function best(a: Time | undefined, b: Time): Time {
  return a ? { wall: Math.min(a.wall, b.wall), cpu: Math.min(a.cpu, b.cpu) } : b;
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
  runStages(seeds);

  // Best of REPEATS for each figure: the machine is shared, the fastest pass is the least disturbed.
  const stageTimes = new Map<Stage, Time>();
  let total: Time | undefined;
  let facts = 0;
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    const pass = runStages(corpus);
    for (const stage of STAGES) {
      const time = pass.get(stage);
      if (time) stageTimes.set(stage, best(stageTimes.get(stage), time));
    }
    const { result, time } = timed(() => {
      let count = 0;
      for (const text of corpus) {
        const extraction = extractDocument(text);
        count += extraction.tasks.length + extraction.targets.length + extraction.entities.length;
      }
      return count;
    });
    facts = result;
    total = best(total, time);
  }

  const lines = [
    `extract: ${corpus.length} documents (${seeds.length} seeds × ${rounds}), ` +
      `${(bytes / 1e6).toFixed(2)} MB UTF-8, ${characters.toLocaleString('en')} characters`,
    `opencc-js: module load ${openccLoadMs.toFixed(0)} ms, first conversion ` +
      `${openccFirstMs.toFixed(0)} ms (dictionaries, once per process; not in the figures below)`,
    `pipeline   ${formatTime(bytes, total ?? { wall: 0, cpu: 0 })}  ` +
      `(${facts.toLocaleString('en')} tasks+targets+entities)`,
    ...STAGES.map(
      (stage) =>
        `  ${stage.padEnd(9)}${formatTime(bytes, stageTimes.get(stage) ?? { wall: 0, cpu: 0 })}`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
