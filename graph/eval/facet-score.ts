/** The facets the gold evaluation scores, in the order the table prints them. */
export const FACETS = [
  'document',
  'tasks',
  'assignments',
  'leadRole',
  'targets',
  'targetYear',
  'targetComparator',
  'targetKind',
  'entities',
  'entityType',
  'mustNotExtract',
] as const;
export type Facet = (typeof FACETS)[number];

/** Items found in both, in gold only (missing) and in the extraction only (extra). */
export interface RetrievalScore {
  facet: Facet;
  measure: 'retrieval';
  gold: number;
  predicted: number;
  matched: number;
  missing: string[];
  extra: string[];
}

/** Of `total` matched items, how many carry the right value; `wrong` says gold vs got. */
export interface AccuracyScore {
  facet: Facet;
  measure: 'accuracy';
  total: number;
  correct: number;
  wrong: string[];
}

/** Strings that must never be extracted, and the ones that were. */
export interface ViolationScore {
  facet: Facet;
  measure: 'violations';
  checked: number;
  violations: string[];
}

export type FacetScore = RetrievalScore | AccuracyScore | ViolationScore;

/** matched / predicted; 1 when nothing was predicted and nothing was expected, else 0. */
export function toPrecision(score: RetrievalScore): number {
  if (score.predicted === 0) return score.gold === 0 ? 1 : 0;
  return score.matched / score.predicted;
}

/** matched / gold; 1 when gold is empty. */
export function toRecall(score: RetrievalScore): number {
  return score.gold === 0 ? 1 : score.matched / score.gold;
}

/** correct / total; 1 when nothing was judged. */
export function toAccuracy(score: AccuracyScore): number {
  return score.total === 0 ? 1 : score.correct / score.total;
}

/** Adds up one facet over several documents (micro-average), prefixing items with `label`. */
export function sumFacetScores(scores: Array<{ label: string; score: FacetScore }>): FacetScore[] {
  const byFacet = new Map<Facet, FacetScore>();
  for (const { label, score } of scores) {
    const sum = byFacet.get(score.facet) ?? emptyLike(score);
    byFacet.set(score.facet, addScore(sum, score, label));
  }
  return FACETS.flatMap((facet) => {
    const score = byFacet.get(facet);
    return score ? [score] : [];
  });
}

function emptyLike(score: FacetScore): FacetScore {
  switch (score.measure) {
    case 'retrieval':
      return { ...score, gold: 0, predicted: 0, matched: 0, missing: [], extra: [] };
    case 'accuracy':
      return { ...score, total: 0, correct: 0, wrong: [] };
    case 'violations':
      return { ...score, checked: 0, violations: [] };
  }
}

function addScore(sum: FacetScore, score: FacetScore, label: string): FacetScore {
  const tag = (items: string[]) => items.map((item) => `${label}: ${item}`);
  if (sum.measure === 'retrieval' && score.measure === 'retrieval')
    return {
      ...sum,
      gold: sum.gold + score.gold,
      predicted: sum.predicted + score.predicted,
      matched: sum.matched + score.matched,
      missing: [...sum.missing, ...tag(score.missing)],
      extra: [...sum.extra, ...tag(score.extra)],
    };
  if (sum.measure === 'accuracy' && score.measure === 'accuracy')
    return {
      ...sum,
      total: sum.total + score.total,
      correct: sum.correct + score.correct,
      wrong: [...sum.wrong, ...tag(score.wrong)],
    };
  if (sum.measure === 'violations' && score.measure === 'violations')
    return {
      ...sum,
      checked: sum.checked + score.checked,
      violations: [...sum.violations, ...tag(score.violations)],
    };
  return sum;
}
