import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeText } from '../ingest/decode-text.js';
import { parseGoldFile, type GoldFile } from './gold-file.js';

/** One annotated document: its gold file and the text of the source it describes. */
export interface GoldDocument {
  /** The gold file's name (004_….gold.json). */
  name: string;
  gold: GoldFile;
  text: string;
}

/**
 * Every `*.gold.json` in `goldDir` with the source file it names, read from `seedsDir`.
 * The only file of graph/eval that touches the file system.
 */
export async function readGoldCorpus(seedsDir: string, goldDir: string): Promise<GoldDocument[]> {
  const names = (await readdir(goldDir)).filter((name) => name.endsWith('.gold.json')).sort();
  const documents: GoldDocument[] = [];
  for (const name of names) {
    const gold = parseGoldFile(JSON.parse(await readFile(join(goldDir, name), 'utf8')));
    // Decoded as `innograph ingest` decodes a text file, so offsets and scores match production.
    const { text } = decodeText(await readFile(join(seedsDir, gold.file)));
    documents.push({ name, gold, text });
  }
  return documents;
}
