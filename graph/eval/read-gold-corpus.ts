import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readDocument } from '../ingest/read-documents.js';
import { parseGoldFile, type GoldFile } from './gold-file.js';

/** One annotated document: its gold file and the text of the source it describes. */
export interface GoldDocument {
  /** The gold file's name (004_….gold.json). */
  name: string;
  gold: GoldFile;
  text: string;
  /** A title the decoder found outside the text (an HTML page's <h1> or <title>), else null. */
  title: string | null;
}

/**
 * Every `*.gold.json` in `goldDir` with the source file it names, read from `sourceDir`
 * (the same folder for a corpus that keeps sources beside their gold, as test/fixtures/genre).
 * The only file of graph/eval that touches the file system.
 */
export async function readGoldCorpus(sourceDir: string, goldDir: string): Promise<GoldDocument[]> {
  const names = (await readdir(goldDir)).filter((name) => name.endsWith('.gold.json')).sort();
  const documents: GoldDocument[] = [];
  for (const name of names) {
    const gold = parseGoldFile(JSON.parse(await readFile(join(goldDir, name), 'utf8')));
    // Read and decoded as `innograph ingest` reads it (text, HTML, DOCX or PDF by extension), so
    // offsets and scores match production.
    const { text, title } = await readDocument(join(sourceDir, gold.file));
    documents.push({ name, gold, text, title });
  }
  return documents;
}
