import { toSimplified } from '../extract/to-simplified.js';
import type { Store } from './open-store.js';
import { readQuery } from './read-query.js';
import { documentOf, targetOf } from './read-projections.js';
import type { DocumentRecord, TargetRecord } from './read-records.js';

// Figures by metric, then due/reported year (undated last), then document date: the order a
// chart of "how the goal moved" reads them in.
const FIND_INDICATORS_CYPHER = `
MATCH (d:Document)-[:HAS_TARGET]->(g:Target)
WHERE ($jurisdiction IS NULL OR d.jurisdiction = $jurisdiction)
  AND ($metric IS NULL OR g.metric CONTAINS $metric)
WITH d, g ORDER BY g.metric, coalesce(g.year, 99999), coalesce(d.date, ''), g.start
RETURN g.metric AS metric, collect(${targetOf('g')}) AS targets,
  collect(DISTINCT ${documentOf('d')}) AS documents
LIMIT toInteger($limit)`;

export interface IndicatorRecord {
  metric: string;
  units: string[];
  targets: TargetRecord[];
  documents: DocumentRecord[];
}

/** Each metric's goals and reported figures across documents and years. */
export async function findIndicators(
  store: Store,
  filter: {
    jurisdiction?: string | null | undefined;
    metric?: string | null | undefined;
    limit: number;
  },
): Promise<IndicatorRecord[]> {
  const metric = filter.metric?.trim() ? toSimplified(filter.metric.trim()) : null;
  const rows = await readQuery<Omit<IndicatorRecord, 'units'>>(store, FIND_INDICATORS_CYPHER, {
    jurisdiction: filter.jurisdiction ?? null,
    metric,
    limit: filter.limit,
  });
  return rows.map((row) => ({
    ...row,
    units: [...new Set(row.targets.map((target) => target.unit))],
  }));
}
