import type { Command } from 'commander';
import { z } from 'zod';
import { evaluateCorpus } from '../eval/evaluate-corpus.js';
import { formatScoreTable } from '../eval/format-score-table.js';
import { readGoldCorpus } from '../eval/read-gold-corpus.js';
import { handleError } from './handle-error.js';

const optionsSchema = z.object({
  seeds: z.string().min(1),
  gold: z.string().min(1),
  corpus: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(0),
  json: z.boolean().default(false),
});

/** `innograph eval`: the extractor against the hand annotations, per document and overall. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('Score the extractor against gold annotations (precision/recall per facet)')
    .option('--seeds <dir>', 'directory of source documents', 'seeds')
    .option('--gold <dir>', 'directory of *.gold.json files', 'test/fixtures/gold')
    .option(
      '--corpus <dir>',
      'one directory holding both the sources and their *.gold.json (e.g. test/fixtures/genre); overrides --seeds and --gold',
    )
    .option('--limit <n>', 'missing/extra items listed per facet (0: none)', '15')
    .option('--json', 'print the scores as JSON')
    .action(async (raw: unknown) => {
      try {
        const options = optionsSchema.parse(raw);
        const sources = options.corpus ?? options.seeds;
        const gold = options.corpus ?? options.gold;
        const scores = evaluateCorpus(await readGoldCorpus(sources, gold));
        if (options.json) {
          process.stdout.write(`${JSON.stringify(scores, null, 2)}\n`);
          return;
        }
        const blocks = scores.documents.map(({ file, scores: facetScores }) =>
          formatScoreTable(file, facetScores, options.limit),
        );
        blocks.push(formatScoreTable('overall', scores.overall, 0));
        process.stdout.write(`${blocks.join('\n\n')}\n`);
      } catch (error) {
        handleError(error);
      }
    });
}
