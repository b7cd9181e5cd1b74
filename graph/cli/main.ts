import { Command } from 'commander';
import { registerEvalCommand } from './eval-command.js';
import { registerExtractCommand } from './extract-command.js';
import { registerIngestCommand } from './ingest-command.js';

// Composition root of the `innograph` CLI: one command per file, errors reported once.
const program = new Command('innograph')
  .description(
    'Chinese S&T policy documents → a Neo4j knowledge graph of tasks, owners, targets and entities',
  )
  .showHelpAfterError();

registerExtractCommand(program);
registerEvalCommand(program);
registerIngestCommand(program);

await program.parseAsync(process.argv);
