import { extractDocument } from '../extract/extract-document.js';
import { sumFacetScores, type FacetScore } from './facet-score.js';
import type { GoldDocument } from './read-gold-corpus.js';
import { scoreExtraction } from './score-extraction.js';

export interface CorpusScores {
  documents: Array<{ file: string; scores: FacetScore[] }>;
  /** Micro-averaged over the documents; items are prefixed with their file's short label. */
  overall: FacetScore[];
}

/** Extracts every gold document's source and scores it; pure given the documents. */
export function evaluateCorpus(corpus: GoldDocument[]): CorpusScores {
  const documents = corpus.map(({ gold, text, title }) => ({
    file: gold.file,
    scores: scoreExtraction(
      gold,
      extractDocument(text, title ? { source: gold.file, title } : { source: gold.file }),
    ),
  }));
  const overall = sumFacetScores(
    documents.flatMap(({ file, scores }) =>
      scores.map((score) => ({ label: toLabel(file), score })),
    ),
  );
  return { documents, overall };
}

/** '004_2d54c2fb91714e37.txt' → '004'; 'district-plan.txt' → 'district-plan'. */
function toLabel(file: string): string {
  return /^[^_.]+/.exec(file)?.[0] ?? file;
}
