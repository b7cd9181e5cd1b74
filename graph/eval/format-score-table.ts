import { toAccuracy, toPrecision, toRecall, type FacetScore } from './facet-score.js';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);

/** One line per facet: counts and P/R, accuracy or violation count. */
export function formatScoreLine(score: FacetScore): string {
  const name = score.facet.padEnd(17);
  switch (score.measure) {
    case 'retrieval':
      return `${name} gold ${pad(score.gold)} got ${pad(score.predicted)} hit ${pad(score.matched)}  P ${percent(toPrecision(score))}  R ${percent(toRecall(score))}`;
    case 'accuracy':
      return `${name} judged ${pad(score.total)} right ${pad(score.correct)}          acc ${percent(toAccuracy(score))}`;
    case 'violations':
      return `${name} checked ${pad(score.checked)} violations ${pad(score.violations.length)}`;
  }
}

/** The items behind a score (missing, extra, wrong, violations), at most `limit` of each. */
export function formatScoreItems(score: FacetScore, limit: number): string[] {
  const list = (label: string, items: string[]) => {
    if (items.length === 0) return [];
    const shown = items.slice(0, limit).map((item) => `    ${label} ${item}`);
    if (items.length > limit) shown.push(`    … ${items.length - limit} more ${label}`);
    return shown;
  };
  switch (score.measure) {
    case 'retrieval':
      return [...list('missing', score.missing), ...list('extra', score.extra)];
    case 'accuracy':
      return list('wrong', score.wrong);
    case 'violations':
      return list('violation', score.violations);
  }
}

/** A titled block: the facet lines, each followed by its items when `limit` > 0. */
export function formatScoreTable(title: string, scores: FacetScore[], limit: number): string {
  const lines = [`== ${title}`];
  for (const score of scores) {
    lines.push(formatScoreLine(score));
    if (limit > 0) lines.push(...formatScoreItems(score, limit));
  }
  return lines.join('\n');
}

function pad(n: number): string {
  return String(n).padStart(4);
}
