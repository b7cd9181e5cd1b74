import { extractDocument } from '../extract/extract-document.js';
import { sumFacetScores, type FacetScore } from './facet-score.js';
import type { GoldDocument } from './read-gold-corpus.js';
import { scoreExtraction } from './score-extraction.js';

export interface CorpusScores {
  documents: Array<{ file: string; scores: FacetScore[] }>;
  /** Micro-averaged over the documents; items are prefixed with their file. */
  overall: FacetScore[];
}

/** Extracts every gold document's source and scores it; pure given the documents. */
export function evaluateCorpus(corpus: GoldDocument[]): CorpusScores {
  const documents = corpus.map(({ gold, text }) => ({
    file: gold.file,
    scores: scoreExtraction(gold, extractDocument(text, { source: gold.file })),
  }));
  const overall = sumFacetScores(
    documents.flatMap(({ file, scores }) =>
      scores.map((score) => ({ label: file.slice(0, 3), score })),
    ),
  );
  return { documents, overall };
}
