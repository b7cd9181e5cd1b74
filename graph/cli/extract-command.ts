import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { extractDocument } from '../extract/extract-document.js';
import { handleError } from './handle-error.js';

// Placeholder: reads UTF-8 only until graph/ingest's decoders land.
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('Extract facts from files without a database and print them')
    .argument('<files...>', 'documents to read')
    .option('--format <format>', 'output format (json)', 'json')
    .action(async (files: string[]) => {
      try {
        const results = [];
        for (const file of files)
          results.push(extractDocument(await readFile(file, 'utf8'), { source: file }));
        process.stdout.write(
          `${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`,
        );
      } catch (error) {
        handleError(error);
      }
    });
}
