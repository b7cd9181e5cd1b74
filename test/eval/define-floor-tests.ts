import { expect, it } from 'vitest';
import { evaluateCorpus } from '../../graph/eval/evaluate-corpus.js';
import {
  toAccuracy,
  toPrecision,
  toRecall,
  type Facet,
  type FacetScore,
} from '../../graph/eval/facet-score.js';
import { formatScoreItems } from '../../graph/eval/format-score-table.js';
import type { readGoldCorpus } from '../../graph/eval/read-gold-corpus.js';

type GoldCorpus = Awaited<ReturnType<typeof readGoldCorpus>>;

/**
 * One `it` per facet floor ('targets precision' → 0.97) over a scored corpus, each failing with
 * the facet's missing and extra items, plus the mustNotExtract check. Call inside a describe.
 */
export function defineFloorTests(corpus: GoldCorpus, floors: Record<string, number>): void {
  const { overall } = evaluateCorpus(corpus);

  const facetScore = (facet: Facet): FacetScore => {
    const score = overall.find((s) => s.facet === facet);
    if (!score) throw new Error(`no score for ${facet}`);
    return score;
  };

  const measure = (name: string): number => {
    const [facet, kind] = name.split(' ') as [Facet, string];
    const score = facetScore(facet);
    if (score.measure === 'retrieval')
      return kind === 'precision' ? toPrecision(score) : toRecall(score);
    if (score.measure === 'accuracy') return toAccuracy(score);
    return score.violations.length === 0 ? 1 : 0;
  };

  for (const [name, floor] of Object.entries(floors)) {
    it(`keeps ${name} at or above ${floor}`, () => {
      const value = measure(name);
      const items = formatScoreItems(facetScore(name.split(' ')[0] as Facet), 40).join('\n');
      expect(value, `${name} = ${value.toFixed(3)} < ${floor}\n${items}`).toBeGreaterThanOrEqual(
        floor,
      );
    });
  }

  it('never extracts a mustNotExtract string as an entity name or alias', () => {
    const score = facetScore('mustNotExtract');
    expect(score.measure === 'violations' ? score.violations : []).toEqual([]);
  });
}
