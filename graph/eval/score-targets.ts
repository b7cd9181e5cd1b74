import type { Target } from '../model/extraction.js';
import { bigramDice } from './bigram-dice.js';
import type { AccuracyScore, RetrievalScore } from './facet-score.js';
import type { GoldTarget } from './gold-file.js';
import { matchOneToOne, type Candidate } from './match-one-to-one.js';
import { toComparable } from './to-comparable.js';

/** Below this metric similarity a same value+unit pair is a coincidence (two different "5家"). */
const METRIC_THRESHOLD = 0.2;

/**
 * Matching rule for targets: one to one on equal value and unit; the metric's bigram Dice must
 * reach METRIC_THRESHOLD and ranks the candidates, with a small bonus for an equal year so two
 * "5家" of different years pair up right. Year, comparator and kind are then judged as
 * accuracies over the matched pairs, so a wrong year costs accuracy, not recall.
 */
export function scoreTargets(
  gold: GoldTarget[],
  predicted: Target[],
): {
  targets: RetrievalScore;
  targetYear: AccuracyScore;
  targetComparator: AccuracyScore;
  targetKind: AccuracyScore;
} {
  const candidates: Candidate[] = [];
  gold.forEach((g, gi) => {
    const metric = toComparable(g.metric);
    const unit = toComparable(g.unit);
    predicted.forEach((p, pi) => {
      if (!sameValue(g.value, p.value) || unit !== toComparable(p.unit)) return;
      const similarity = bigramDice(metric, toComparable(p.metric));
      if (similarity < METRIC_THRESHOLD) return;
      candidates.push({
        gold: gi,
        predicted: pi,
        score: similarity + (g.year === p.year ? 0.2 : 0),
      });
    });
  });
  const matches = matchOneToOne(candidates);
  const matchedPredicted = new Set(matches.values());
  const judge = (
    facet: 'targetYear' | 'targetComparator' | 'targetKind',
    field: 'year' | 'comparator' | 'kind',
  ): AccuracyScore => {
    const wrong: string[] = [];
    let correct = 0;
    for (const [gi, pi] of matches) {
      const g = gold[gi];
      const p = predicted[pi];
      if (!g || !p) continue;
      if (g[field] === p[field]) correct += 1;
      else wrong.push(`${describeTarget(g)}: gold ${String(g[field])}, got ${String(p[field])}`);
    }
    return { facet, measure: 'accuracy', total: matches.size, correct, wrong };
  };
  return {
    targets: {
      facet: 'targets',
      measure: 'retrieval',
      gold: gold.length,
      predicted: predicted.length,
      matched: matches.size,
      missing: gold.filter((_, gi) => !matches.has(gi)).map(describeTarget),
      extra: predicted.filter((_, pi) => !matchedPredicted.has(pi)).map(describeTarget),
    },
    targetYear: judge('targetYear', 'year'),
    targetComparator: judge('targetComparator', 'comparator'),
    targetKind: judge('targetKind', 'kind'),
  };
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function describeTarget(
  t: Pick<GoldTarget, 'metric' | 'value' | 'unit' | 'year' | 'comparator' | 'kind'>,
): string {
  return `${t.metric} ${t.comparator} ${t.value}${t.unit}${t.year === null ? '' : ` (${t.year})`}${t.kind === 'actual' ? ' [actual]' : ''}`;
}
