import { toSimplified } from '../extract/to-simplified.js';
import type { Store } from './open-store.js';
import { readQuery } from './read-query.js';
import { documentOf, targetOf } from './read-projections.js';
import type { DocumentRecord, TargetRecord } from './read-records.js';

const TARGET = targetOf('g');
const DOCUMENT = documentOf('d');

// Figures by metric, then due/reported year (undated last), then document date: the order a
// chart of "how the goal moved" reads them in.
const FIND_INDICATORS_CYPHER = `
MATCH (d:Document)-[:HAS_TARGET]->(g:Target)
WHERE ($jurisdiction IS NULL OR d.jurisdiction = $jurisdiction)
  AND ($metric IS NULL OR g.metric CONTAINS $metric)
WITH d, g ORDER BY g.metric, coalesce(g.year, 99999), coalesce(d.date, ''), g.start
RETURN g.metric AS metric, collect(${TARGET.cypher}) AS targets,
  collect(DISTINCT ${DOCUMENT.cypher}) AS documents
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
  const rows = await readQuery<{ metric: string; targets: unknown[]; documents: unknown[] }>(
    store,
    FIND_INDICATORS_CYPHER,
    {
      jurisdiction: filter.jurisdiction ?? null,
      metric,
      limit: filter.limit,
    },
  );
  return rows.map((row) => {
    const targets = row.targets.map(TARGET.decode);
    return {
      metric: row.metric,
      units: [...new Set(targets.map((target) => target.unit))],
      targets,
      documents: row.documents.map(DOCUMENT.decode),
    };
  });
}
